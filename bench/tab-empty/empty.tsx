// The tab benchmark's baseline: the smallest page built the way the tab is (React, Fluent UI's
// provider and one component). `npm run bench -- tab` compares the tab's start-up with this one.

import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function EmptyPage() {
  useEffect(() => {
    performance.mark('interactive');
  }, []);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <main>
        <Text as="h1">Ready</Text>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(<EmptyPage />);
