import { seedReference } from './citation';

/** The words of the generated workshop deck that do not come from a condition, obstacle or tension. */
export const presentationText = {
  titleSlide: {
    kicker: 'Workshop: does a distributed ledger fit?',
    method: `Method after ${seedReference.talk}`,
  },
  question: {
    title: 'The question',
    quote:
      'Under what conditions, and for what kinds of problems, does blockchain offer a real and unique solution?',
    cite: 'Yeung (2019), section 5',
    thesis:
      'The initial promise of blockchain in healthcare contexts will only be partially realised … trade-offs … cannot be satisfactorily resolved by hard-coded solutions.',
    thesisCite: 'Yeung (2019), conclusion',
    notes:
      'Ask the room what problem the proposal solves that a shared database, a registry or a signed audit log could not.',
  },
  coreFunctions: {
    title: 'Two core functions a ledger can serve',
    relied: 'This proposal relies on it',
    notRelied: 'This proposal does not rely on it',
    unknown: 'Not yet known whether this proposal relies on it',
    notes:
      'Which of the two does the proposal really need? If neither, the talk gives no reason to use a ledger.',
  },
  prescreen: {
    title: 'Pre-screen: is a ledger needed at all?',
    passed: 'No pre-screen answer rules a ledger out.',
    notes:
      'Each “wrong” answer names a simpler alternative. Is there a trusted operator everyone already accepts?',
  },
  conditionNotes: 'Rate it together. Change the rating here and watch the verdict move.',
  rating: 'Rating',
  evidence: 'Evidence',
  obstacles: {
    title: 'The six obstacles',
    notes: 'Which obstacle would stop this first? Change a severity to see the effect.',
  },
  tensions: {
    title: 'The three tensions',
    notes:
      'These are positions to take, not scores to maximise. Where does the room want this proposal to sit?',
  },
  verdict: {
    title: 'The verdict',
    fits: 'Design that fits',
    alternative: 'What would serve better',
    notes: 'Read out the decisive reason. Does the room agree with the answer behind it?',
  },
  change: {
    title: 'What would change the verdict',
    up: 'To move it up',
    down: 'What would move it down',
    none: 'No small set of changes moves it.',
    notes: 'Which of these changes could the proposal realistically make?',
  },
} as const;
