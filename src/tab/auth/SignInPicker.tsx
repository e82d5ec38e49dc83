// Dev mode's "sign in as": one button per demo user. The server offers this list only in dev
// mode, where it trusts the x-dev-user header on loopback; in entra mode there is no picker.

import { CompoundButton, MessageBar, MessageBarBody, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import type { DevUser } from './tab-config';

const useStyles = makeStyles({
  page: { maxWidth: '960px', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  user: { width: '100%', height: '100%', justifyContent: 'flex-start', textAlign: 'start' },
});

export function SignInPicker({ users, onPick }: { users: readonly DevUser[]; onPick: (email: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.page}>
      <Title1 as="h1">{t.signIn.title}</Title1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.signIn.devModeWarning}</MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={t.signIn.users}>
        {users.map((user) => (
          <li key={user.email}>
            <CompoundButton
              className={styles.user}
              icon={<PersonRegular />}
              secondaryContent={user.description ?? user.email}
              onClick={() => onPick(user.email)}
            >
              {user.name}
            </CompoundButton>
          </li>
        ))}
      </ul>
    </main>
  );
}
