// A long list that renders only the rows in view (@tanstack/react-virtual), so a plan of
// 2,000 targets scrolls as smoothly as one of twenty. Rows may wrap: each is measured once
// rendered. The list is a focusable, labelled region so keyboard users can scroll it too.

import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  scroller: {
    overflowY: 'auto',
    contain: 'strict',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  canvas: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

export interface VirtualListProps<T> {
  items: readonly T[];
  /** First guess of a row's height before it is measured. */
  estimateHeight: (item: T) => number;
  rowKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  label: string;
  /** CSS height of the scrolling region. */
  height: string;
  /** Brings this row into view (e.g. a deep link to a target). */
  scrollToIndex?: number;
  /** Scrolls this row into view and gives it the keyboard focus (e.g. an item just added). */
  focusKey?: string;
  /** Called once the first rows are on screen (the benchmark's "interactive" mark). */
  onRendered?: () => void;
}

/** Frames to wait for a row scrolled to to be rendered and measured before giving up on focusing it. */
const FOCUS_FRAMES = 30;

export function VirtualList<T>({ items, estimateHeight, rowKey, renderRow, label, height, scrollToIndex, focusKey, onRendered }: VirtualListProps<T>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    // The virtualizer asks only for indices below count, that is within items.
    estimateSize: (i) => estimateHeight(items[i]!),
    getItemKey: (i) => rowKey(items[i]!), // as above
    overscan: 6,
  });

  useEffect(() => {
    if (scrollToIndex !== undefined && scrollToIndex >= 0) virtualizer.scrollToIndex(scrollToIndex, { align: 'center' });
  }, [scrollToIndex, virtualizer]);

  // The row is rendered only once scrolled to, and rows above it may change height as they are
  // measured: scroll, then focus it on a later frame when it is in the document.
  // Each key is focused once, as soon as its row is among the items: later renders (a search
  // typed above the list) must not pull the focus back.
  const focusIndex = focusKey === undefined ? -1 : items.findIndex((item) => rowKey(item) === focusKey);
  const focusPresent = focusIndex >= 0;
  // The attempts below read the row's latest index: items may move while they wait for it.
  const focusAt = useRef(focusIndex);
  useEffect(() => {
    focusAt.current = focusIndex;
  });
  const focused = useRef<string>(undefined);
  useEffect(() => {
    if (focusKey === undefined || !focusPresent || focused.current === focusKey) return;
    focused.current = focusKey;
    virtualizer.scrollToIndex(focusAt.current, { align: 'center' });
    let frames = 0;
    let frame = requestAnimationFrame(function attempt() {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focusKey)}"]`);
      if (row) {
        row.scrollIntoView({ block: 'nearest' });
        row.focus({ preventScroll: true });
      } else if (++frames < FOCUS_FRAMES) {
        virtualizer.scrollToIndex(focusAt.current, { align: 'center' });
        frame = requestAnimationFrame(attempt);
      }
    });
    return () => cancelAnimationFrame(frame);
    // Re-run only for a new key, or when the key's row first appears.
  }, [focusKey, focusPresent, virtualizer]);

  const rendered = virtualizer.getVirtualItems();
  const reported = useRef(false);
  useEffect(() => {
    if (!reported.current && rendered.length > 0) {
      reported.current = true;
      onRendered?.();
    }
  }, [rendered.length, onRendered]);

  return (
    // A scrolling region must take the focus, or keyboard users cannot scroll it (axe's
    // scrollable-region-focusable); the list is that region.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={scroller} className={styles.scroller} style={{ height }} role="list" aria-label={label} tabIndex={0}>
      <div className={styles.canvas} style={{ height: virtualizer.getTotalSize() }}>
        {rendered.map((row) => (
          <div
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            data-row-key={row.key}
            tabIndex={row.key === focusKey ? -1 : undefined}
            className={styles.row}
            style={{ transform: `translateY(${row.start}px)` }}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
          >
            {/* a virtual row's index is below count, within items */}
            {renderRow(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
