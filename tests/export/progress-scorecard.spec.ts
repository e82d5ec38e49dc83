// The scorecard in the progress report (issue 15), read back from the real files: each office's
// rating table in Word (the rating in words on its colour, the figure or the override it rests
// on, names not e-mails) and its remedial actions; in Excel the Scorecard sheet (offices ×
// criteria, a legend, notes on overrides) and the Remedial actions sheet. Every rating is
// checked against the stored scorecard and, where it was not overridden, against the rules.

import { CRITERION_RULES, type CriterionId } from '../../src/domain/scorecard-criteria';
import { effectiveRating, rate, RATING_LABELS, RATINGS, type Scorecard } from '../../src/domain/scorecard';
import type { Period } from '../../src/domain/monitoring';
import { NO_REMEDIAL_ACTION_NEEDED, RATING_HEADERS, REMEDIAL_HEADERS } from '../../src/export/progress-docx-scorecard';
import { TARGET_HEADERS } from '../../src/export/progress-docx-sections';
import { figureOf, RATING_FILLS } from '../../src/export/progress-scorecard';
import { LEGEND_ROW, SCORECARD_HEADER_ROW, SCORECARD_SHEETS } from '../../src/export/progress-xlsx-scorecard';
import { resolveActor } from '../../src/services/context';
import { createRemedialAction } from '../../src/services/scorecard/remedial-actions';
import { listScorecards, overrideRating } from '../../src/services/scorecard/scorecards';
import { PEOPLE, loadWorkbook, sheetRecords, startExportApi, type ExportHarness } from './harness';
import { demoPeriods, readDocument, shadedTables, type ReadDocument } from './progress-reading';

const JUSTIFICATION = 'The focal point left in May; the post was filled again in June.';
const RAISED = 'Figures sent after the close show the milestones were met.';
const STEPS = 'Agree a reporting calendar with the office and check each return before the due date.';

/**
 * Whether a rating, as it stands (the demo overrides one), is below "meets requirements": the
 * scorecards come in no fixed order, so a pick by the computed rating alone could land on the
 * demo's override and ask for a remedial action the service rightly refuses.
 */
const belowMeets = (r: Scorecard['ratings'][number]) => ['approaches', 'missing'].includes(effectiveRating(r));

describe('the scorecard in the progress report', () => {
  let h: ExportHarness;
  let closed: Period;
  let cards: Scorecard[];
  /** The office whose rating was overridden and which has a remedial action. */
  let rated: { officeId: string; overridden: CriterionId; remedied: CriterionId };
  /** The office raised to "meets" wherever it fell short. */
  let raisedOfficeId: string;

  beforeAll(async () => {
    h = await startExportApi();
    ({ closed } = await demoPeriods(h.store));
    const advisor = await resolveActor(h.ctx, { id: PEOPLE.advisor, email: PEOPLE.advisor, name: 'Advisor', roles: ['gender-unit'] });
    // The first read rates the closed period and keeps its scorecards.
    await listScorecards(h.ctx, advisor, { period: closed.id });
    // An office the report has a section for: one with figures for the period.
    const sections = new Set((await h.store.getSnapshot(closed.id))?.rows.filter((r) => r.scope === 'office').map((r) => r.key));
    const stored = (await h.store.listScorecards({ periodId: closed.id })).filter((c) => sections.has(c.officeId));
    const card = stored.find((c) => c.ratings.some((r) => belowMeets(r)));
    const below = card?.ratings.find((r) => belowMeets(r));
    const other = card?.ratings.find((r) => r !== below && r.computed !== 'not-applicable');
    if (!card || !below || !other) throw new Error('The demo closed period should rate some office below "meets requirements".');
    await overrideRating(h.ctx, advisor, card.id, other.criterion, { rating: 'approaches', justification: JUSTIFICATION }, card.version);
    await createRemedialAction(h.ctx, advisor, card.id, {
      criterion: below.criterion,
      steps: STEPS,
      due: '2027-01-31',
      responsible: PEOPLE.omsFocal,
      resources: 'Two days of the Gender Unit',
    });
    rated = { officeId: card.officeId, overridden: other.criterion, remedied: below.criterion };
    // Another office raised to "meets" wherever it fell short: it needs no remedial action (one without the demo's actions).
    const demoActions = await h.store.listRemedialActions({});
    const shortOf = (r: Scorecard['ratings'][number]) => r.computed === 'approaches' || r.computed === 'missing';
    const raised = stored.find((c) => c !== card && !demoActions.some((a) => a.scorecardId === c.id) && c.ratings.some(shortOf));
    if (!raised) throw new Error('The demo closed period should rate two offices below "meets requirements".');
    raisedOfficeId = raised.officeId;
    let version = raised.version;
    for (const r of raised.ratings.filter(shortOf)) {
      version = (await overrideRating(h.ctx, advisor, raised.id, r.criterion, { rating: 'meets', justification: RAISED }, version)).version ?? version;
    }
    cards = await h.store.listScorecards({ periodId: closed.id });
  });
  afterAll(() => h.close());

  const download = async (format: 'docx' | 'xlsx') => {
    const reply = await h.get(`/api/export/progress-report.${format}?period=${encodeURIComponent(closed.id)}`, PEOPLE.advisor);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  let built: Promise<ReadDocument> | undefined;
  const document = () => (built ??= download('docx').then(readDocument));
  const nameOf = async (email: string) => (await h.ctx.directory.namesOf([email])).get(email) ?? '';
  const officeOf = async (id: string) => (await h.store.listOffices()).find((o) => o.id === id);

  describe('in Word', () => {
    it("gives every office a rating table with each criterion's rating in words, on its colour, as the stored scorecard has it", async () => {
      const doc = await document();
      const tables = shadedTables(doc).filter((t) => JSON.stringify(t[0]?.map((c) => c.text)) === JSON.stringify(RATING_HEADERS));
      const shown = await shownCards();
      expect(tables).toHaveLength(shown.length);
      for (const table of tables) {
        const card = shown.find(
          (c) =>
            c.ratings.length === table.length - 1 &&
            table.slice(1).every((row, i) => row[0]?.text === (c.ratings[i] && CRITERION_RULES[c.ratings[i].criterion].label)),
        );
        expect(card).toBeDefined();
      }
      const ours = tables.find((t) => t.slice(1).some((row) => row[2]?.text.includes(JUSTIFICATION)));
      const card = cards.find((c) => c.officeId === rated.officeId);
      expect(ours && card).toBeTruthy();
      card?.ratings.forEach((r, i) => {
        const [criterion, rating, basis] = ours?.[i + 1] ?? [];
        const shown = effectiveRating(r);
        expect(criterion?.text).toBe(CRITERION_RULES[r.criterion].label);
        expect(rating?.text).toBe(`${RATING_LABELS[shown]}${r.override ? ' (overridden)' : ''}`);
        expect(rating?.fill).toBe(RATING_FILLS[shown]);
        if (r.value !== null) expect(basis?.text).toContain(figureOf(r.value, CRITERION_RULES[r.criterion]));
      });
    });

    it('rates by the rules: every computed rating is what the criterion gives for its figure', () => {
      let checked = 0;
      for (const card of cards) {
        for (const r of card.ratings) {
          const criterion = card.criteria.find((c) => c.id === r.criterion);
          if (!criterion || r.value === null) continue;
          expect(rate(criterion, { value: r.value })).toBe(r.computed);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(cards.length);
    });

    it('shows an override with who made it, by display name, when, and the justification', async () => {
      const { tables } = await document();
      const by = await nameOf(PEOPLE.advisor);
      const label = CRITERION_RULES[rated.overridden].label;
      const row = tables
        .filter((t) => JSON.stringify(t[0]) === JSON.stringify(RATING_HEADERS))
        .flatMap((t) => t.slice(1))
        .find((r) => r[2]?.includes(JUSTIFICATION));
      expect(row?.[0]).toBe(label);
      expect(row?.[1]).toBe('Approaches requirements (overridden)');
      expect(row?.[2]).toContain(`Overridden by ${by} on `);
      expect(row?.[2]).toContain(JUSTIFICATION);
      expect(row?.[2]).not.toContain('@');
    });

    it("lists an office's remedial actions after its targets: criterion, steps, due, responsible by name, resources, status in words", async () => {
      const doc = await document();
      const office = await officeOf(rated.officeId);
      // The office's section: from its heading (the last mention: the table of contents names it first) to the next page break.
      const start = doc.document.lastIndexOf(`>${office?.name} (${office?.code})</w:t>`);
      const section = doc.document.slice(start, doc.document.indexOf('<w:pageBreakBefore/>', start));
      expect(start).toBeGreaterThan(0);
      const [remedial] = tablesIn(section, REMEDIAL_HEADERS);
      // Ours beside the demo's own actions for the office, one row each, people by name.
      expect(remedial?.slice(1)).toContainEqual([
        CRITERION_RULES[rated.remedied].label,
        STEPS,
        '2027-01-31',
        await nameOf(PEOPLE.omsFocal),
        'Two days of the Gender Unit',
        'Open',
      ]);
      expect(remedial?.slice(1)).toHaveLength((await h.store.listRemedialActions({ officeId: rated.officeId })).length);
      expect(remedial?.slice(1).every((row) => !row[3]?.includes('@'))).toBe(true);
      // The rating table opens the section; the remedial actions follow the targets.
      const at = (text: string) => section.indexOf(`>${text}</w:t>`);
      expect(at(RATING_HEADERS[0] ?? '')).toBeGreaterThan(at('Scorecard'));
      expect(at('Scorecard')).toBeLessThan(at('Targets'));
      expect(at('Targets')).toBeLessThan(at(TARGET_HEADERS[6] ?? ''));
      expect(at(TARGET_HEADERS[6] ?? '')).toBeLessThan(at('Remedial actions'));
      expect(at('Remedial actions')).toBeLessThan(at(STEPS));
    });

    it('says "No remedial action needed" for an office with no rating below meets, and names the ratings still without one', async () => {
      const { paragraphs } = await document();
      const shown = await shownCards();
      const actions = await h.store.listRemedialActions({});
      const actionsOf = (c: Scorecard) => actions.filter((a) => a.scorecardId === c.id);
      const uncovered = (c: Scorecard) =>
        c.ratings.some((r) => ['missing', 'approaches'].includes(effectiveRating(r)) && !actionsOf(c).some((a) => a.criterion === r.criterion));
      const needing = shown.filter(uncovered);
      // Neither a gap nor an action: nothing below "meets".
      const settled = shown.filter((c) => !uncovered(c) && actionsOf(c).length === 0);
      const recorded = paragraphs.filter((p) => p.startsWith('No remedial action recorded yet for: '));
      // The office with an action still has a rating below meets without one: the one overridden down to "approaches".
      expect(recorded).toHaveLength(needing.length);
      const label = CRITERION_RULES[rated.overridden].label;
      expect(recorded.some((p) => p.includes(label))).toBe(true);
      expect(paragraphs.filter((p) => p === NO_REMEDIAL_ACTION_NEEDED)).toHaveLength(settled.length);
      // The office raised to "meets" wherever it fell short is one of them.
      expect(settled.map((c) => c.officeId)).toContain(raisedOfficeId);
    });
  });

  it('rates an open period live, as the scorecards read at that moment do, and says the ratings may still change', async () => {
    const { open } = await demoPeriods(h.store);
    const advisor = await resolveActor(h.ctx, { id: PEOPLE.advisor, email: PEOPLE.advisor, name: 'Advisor', roles: ['gender-unit'] });
    const live = (await listScorecards(h.ctx, advisor, { period: open.id })).scorecards;
    const reply = await h.get(`/api/export/progress-report.docx?period=${encodeURIComponent(open.id)}`, PEOPLE.advisor);
    const doc = await readDocument(reply.body);
    const tables = doc.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(RATING_HEADERS));
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) {
      const view = live.find((v) => v.ratings.length === table.length - 1 && v.ratings.every((r, i) => table[i + 1]?.[1] === r.ratingLabel));
      expect(view).toBeDefined();
    }
    expect(doc.paragraphs.filter((p) => p.includes('is open, so the ratings may still change'))).toHaveLength(tables.length);
    expect(doc.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(REMEDIAL_HEADERS))).toHaveLength(0);
  });

  describe('in Excel', () => {
    it('rates each office by each criterion in words and colour, as its stored scorecard does, under a legend of the scale', async () => {
      const sheet = (await loadWorkbook(await download('xlsx'))).getWorksheet(SCORECARD_SHEETS.scorecard);
      const legend = sheet?.getRow(LEGEND_ROW);
      RATINGS.forEach((r, i) => {
        expect(legend?.getCell(i + 2).value).toBe(RATING_LABELS[r]);
        expect(legend?.getCell(i + 2).fill).toMatchObject({ fgColor: { argb: `FF${RATING_FILLS[r]}` } });
      });
      const header = sheet?.getRow(SCORECARD_HEADER_ROW);
      const offices = await h.store.listOffices();
      let seen = 0;
      sheet?.eachRow((row, n) => {
        if (n <= SCORECARD_HEADER_ROW) return;
        const office = offices.find((o) => o.code === row.getCell(1).value);
        const card = cards.find((c) => c.officeId === office?.id);
        expect(card).toBeDefined();
        for (const r of card?.ratings ?? []) {
          let column = 0;
          header?.eachCell((cell, i) => cell.value === CRITERION_RULES[r.criterion].label && (column = i));
          const cell = row.getCell(column);
          expect(cell.value).toBe(RATING_LABELS[effectiveRating(r)]);
          expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RATING_FILLS[effectiveRating(r)]}` } });
          seen += 1;
        }
      });
      expect(seen).toBe((await shownCards()).reduce((n, c) => n + c.ratings.length, 0));
    });

    it('marks an overridden rating with a note naming who overrode it and why', async () => {
      const sheet = (await loadWorkbook(await download('xlsx'))).getWorksheet(SCORECARD_SHEETS.scorecard);
      const notes: string[] = [];
      sheet?.eachRow((row) =>
        row.eachCell((cell) => cell.note && notes.push(typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join(''))),
      );
      const overrides = (await shownCards()).flatMap((c) => c.ratings.filter((r) => r.override));
      expect(overrides.length).toBeGreaterThan(1);
      expect(notes).toHaveLength(overrides.length);
      const note = notes.find((n) => n.includes(JUSTIFICATION));
      expect(note).toContain(`Overridden by ${await nameOf(PEOPLE.advisor)}`);
      expect(note).toContain('(computed: ');
      expect(notes.every((n) => !n.includes('@'))).toBe(true);
    });

    it('has one Remedial actions row per action, with its rating, a real due date and the responsible by name', async () => {
      const sheet = (await loadWorkbook(await download('xlsx'))).getWorksheet(SCORECARD_SHEETS.remedial);
      const office = await officeOf(rated.officeId);
      const records = sheet ? sheetRecords(sheet) : [];
      // One row per action of an office the report shows (ours and the demo's), every responsible person by name.
      const shown = new Set((await shownCards()).map((c) => c.id));
      expect(records).toHaveLength((await h.store.listRemedialActions({})).filter((a) => shown.has(a.scorecardId)).length);
      expect(records.every((r) => typeof r.Responsible === 'string' && !r.Responsible.includes('@'))).toBe(true);
      expect(records).toContainEqual({
        Office: office?.code,
        Criterion: CRITERION_RULES[rated.remedied].label,
        Rating:
          RATING_LABELS[
            effectiveRating(
              cards.find((c) => c.officeId === rated.officeId)?.ratings.find((r) => r.criterion === rated.remedied) ?? {
                computed: 'missing',
                override: null,
              },
            )
          ],
        Steps: STEPS,
        Due: new Date('2027-01-31T00:00:00.000Z'),
        Responsible: await nameOf(PEOPLE.omsFocal),
        Resources: 'Two days of the Gender Unit',
        Status: 'Open',
      });
    });
  });

  /** The scorecards the report shows: those of the offices with figures for the period (a section, a Summary line). */
  async function shownCards(): Promise<Scorecard[]> {
    const sections = new Set((await h.store.getSnapshot(closed.id))?.rows.filter((r) => r.scope === 'office').map((r) => r.key));
    return cards.filter((c) => sections.has(c.officeId));
  }
});

/** The tables of a piece of document.xml whose header is `header`, as rows of cell text. */
function tablesIn(xml: string, header: readonly string[]): string[][][] {
  const text = (s: string) => [...s.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((t) => [...t[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0]))))
    .filter((t) => JSON.stringify(t[0]) === JSON.stringify(header));
}
