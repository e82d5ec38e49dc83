// Dialogs and drawers stay mounted while they close: Fluent's modal hides the rest of the page
// from assistive technology (aria-hidden) and gives it back only when the overlay closes
// through its `open` prop; unmounting an open overlay left the whole app hidden.

import { useCallback, useState } from 'react';

export interface Overlay<T> {
  /** What the overlay shows; kept after closing until the next `show`. */
  subject: T | undefined;
  open: boolean;
  /** A fresh key per `show`, so each opening starts from a clean state. */
  key: number;
  show(subject: T): void;
  hide(): void;
}

export function useOverlay<T>(): Overlay<T> {
  const [state, setState] = useState<{ subject: T; open: boolean; key: number }>();
  const show = useCallback((subject: T) => setState((s) => ({ subject, open: true, key: (s?.key ?? 0) + 1 })), []);
  const hide = useCallback(() => setState((s) => s && { ...s, open: false }), []);
  return { subject: state?.subject, open: state?.open ?? false, key: state?.key ?? 0, show, hide };
}
