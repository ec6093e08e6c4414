/** A phone-width screen: charts give their labels more of the width there. Safe where there is no window. */
export const isNarrowScreen = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 480px)').matches === true;
