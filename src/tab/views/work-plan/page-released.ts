// Opening another view right after a modal dialog closed: Fluent's focus manager (tabster) hides
// the rest of the page (aria-hidden on #root) while a dialog is open and gives it back on a timer
// once the dialog has gone. A view change inside that window leaves the next view hidden from
// assistive technology (and from role queries), so the change waits until the page is back.

/** Runs `then` once #root is no longer aria-hidden (at once when it is not), or after `limitMs` at worst. */
export function whenPageReleased(then: () => void, limitMs = 2000): void {
  const root = document.getElementById('root');
  if (!root?.hasAttribute('aria-hidden')) {
    then();
    return;
  }
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute('aria-hidden')) done();
  });
  const timer = setTimeout(done, limitMs);
  observer.observe(root, { attributes: true, attributeFilter: ['aria-hidden'] });
}
