// Progress of long work (exports, imports): a cli-progress bar on a terminal, plain lines
// elsewhere, always on stderr so that stdout keeps each command's own output.

import { SingleBar } from 'cli-progress';

export interface ProgressReporter {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A cli-progress bar on a terminal; elsewhere (logs, pipes) a plain line at every tenth of the way. */
export function progressReporter(label: string, unit: string, stream: NodeJS.WritableStream & { isTTY?: boolean }): ProgressReporter {
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, hideCursor: true, clearOnComplete: false });
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${tenth * 10}% (${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit})\n`);
    },
    stop: () => undefined,
  };
}
