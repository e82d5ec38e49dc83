// Human references for new items: objectives 1, 2, 3; activities 1.1, 1.2; targets 1.1.a, 1.1.b.

export function nextObjectiveRef(existing: readonly string[]): string {
  const numbers = existing.map(Number).filter(Number.isInteger);
  return String(numbers.length ? Math.max(...numbers) + 1 : 1);
}

export function nextActivityRef(objectiveRef: string, existing: readonly string[]): string {
  const numbers = existing
    .filter((r) => r.startsWith(`${objectiveRef}.`))
    .map((r) => Number(r.slice(objectiveRef.length + 1)))
    .filter(Number.isInteger);
  return `${objectiveRef}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}

export function nextTargetRef(activityRef: string, existing: readonly string[]): string {
  const used = new Set(existing.filter((r) => r.startsWith(`${activityRef}.`)).map((r) => r.slice(activityRef.length + 1)));
  for (let i = 0; ; i++) {
    const letter = letters(i);
    if (!used.has(letter)) return `${activityRef}.${letter}`;
  }
}

/** a, b, …, z, aa, ab, … */
function letters(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}
