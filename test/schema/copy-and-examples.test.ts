// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findExample } from '../../src/framework/examples';
import type { Assessment } from '../../src/schema/assessment-schema';
import { copyAssessment, displayTitle } from '../../src/schema/copy-assessment';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { newId } from '../../src/schema/new-id';
import { validateAssessment } from '../../src/schema/validate-assessment';

/** #25: worked examples as saved assessments, copies beside an original, titles shown, and new ids. */
// Made inside each test, not when the file loads, so a test sees the code as it is when the test runs.
const directoryExample = () => exampleToAssessment(findExample('provider-directory')!);
const recordsExample = () => exampleToAssessment(findExample('patient-records')!);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a worked example as a saved assessment', () => {
  it('carries the example as a valid record, dated the day of the talk, with each rationale and its source in the note', () => {
    const directory = directoryExample();
    expect(directory).toEqual({
      id: 'example-provider-directory',
      createdAt: '2019-11-28T00:00:00.000Z',
      updatedAt: '2019-11-28T00:00:00.000Z',
      exampleId: 'provider-directory',
      proposal: {
        title: findExample('provider-directory')!.title,
        organisations: 'Health plans, provider groups, hospitals',
        assessor: 'Ledger Fit (illustrative)',
        date: '2019-11-28',
        description:
          'Consortium members write updates to provider demographics (locations, specialties, networks) to a permissioned ledger; each member reads the current directory.',
        settings: ['us'],
      },
      answers: expect.any(Object),
    });
    expect(directory.answers['proposal.writerCount']).toEqual({
      value: 'many',
      note: 'Every plan and provider group writes. [Illustrative]',
    });
    expect(directory.answers['coreFunction.recordPooling']).toEqual({
      value: 'yes',
      note: 'Secure shared administrative records among a consortium (Yeung 2019, §4). [Yeung 2019, §4]',
    });
    expect(Object.keys(directory.answers)).toEqual(Object.keys(findExample('provider-directory')!.answers));
    expect(validateAssessment(directory)).toEqual({ ok: true, data: directory });
  });

  it('names the talk as assessor for an example taken from it', () => {
    const records = recordsExample();
    expect(records.proposal.assessor).toBe('After Yeung (2019)');
    expect(records.proposal.settings).toEqual(['ukNhs']);
  });
});

describe('the title shown', () => {
  const directory = directoryExample();
  it('is the proposal\'s own, trimmed, or "Untitled proposal" when it is blank', () => {
    expect(displayTitle({ proposal: { ...directory.proposal, title: '  Plan B  ' } })).toBe('Plan B');
    expect(displayTitle({ proposal: { ...directory.proposal, title: ' \t ' } })).toBe('Untitled proposal');
    expect(displayTitle({ proposal: { ...directory.proposal, title: '' } })).toBe('Untitled proposal');
  });
});

describe('a copy of an assessment', () => {
  const records = recordsExample();
  const now = new Date('2026-12-02T10:00:00.000Z');

  it('is a new assessment created now, titled as asked, with the same proposal and answers, the original untouched', () => {
    const before = structuredClone(records);
    const copy = copyAssessment(records, (t) => `Copy of ${t}`, {}, now);
    expect(copy).toEqual({
      ...records,
      id: expect.stringMatching(uuid),
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
      proposal: { ...records.proposal, title: `Copy of ${records.proposal.title}` },
    });
    expect(copy.id).not.toBe(records.id);
    copy.answers['condition.commonInterest']!.value = 0;
    copy.proposal.settings!.push('us');
    expect(records).toEqual(before);
    expect(validateAssessment(copy).ok).toBe(true);
  });

  it('cuts the new title to the 200 characters a title may have, so the copy is always valid', () => {
    const copy = copyAssessment(records, (t) => `${'What if '.repeat(30)}${t}`, {}, now);
    expect(copy.proposal.title).toBe(`${'What if '.repeat(30)}${records.proposal.title}`.slice(0, 200));
    expect(validateAssessment(copy).ok).toBe(true);
  });

  it('takes other answers, a workshop and a date when given (a what-if), as copies', () => {
    const answers: Assessment['answers'] = { 'condition.commonInterest': { value: 4, note: 'agreed' } };
    const workshop: NonNullable<Assessment['workshop']> = { heldOn: '2026-12-01', ratings: {} };
    const copy = copyAssessment(records, (t) => t, { answers, workshop, date: '2026-12-02' }, now);
    expect(copy.answers).toEqual(answers);
    expect(copy.workshop).toEqual(workshop);
    expect(copy.proposal.date).toBe('2026-12-02');
    answers['condition.commonInterest']!.value = 0;
    workshop.heldOn = 'changed';
    expect(copy.answers['condition.commonInterest']!.value).toBe(4);
    expect(copy.workshop!.heldOn).toBe('2026-12-01');
    expect(records.proposal.date).toBe('2019-11-28');
  });
});

describe('a new id', () => {
  const records = recordsExample();
  afterEach(() => {
    // The own property set below hides the prototype's randomUUID; deleting it brings that back.
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  });

  it('is a random UUID where the browser gives one', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(uuid);
  });

  it('is 32 hex digits from 16 random bytes where randomUUID is missing (a page not served over https)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView>(array: T): T => {
      if (array instanceof Uint8Array)
        array.set([0, 1, 2, 9, 10, 15, 16, 17, 127, 128, 160, 200, 238, 239, 254, 255]);
      return array;
    });
    expect(newId()).toBe('000102090a0f10117f80a0c8eeeffeff');
    expect(validateAssessment({ ...records, id: newId() }).ok).toBe(true);
  });
});
