// Marks when the app's code starts running, so `npm run bench` can tell start-up from list rendering.
// Its own module, imported first by main.tsx: imports are evaluated before the importing module's body, so
// a mark in main.tsx itself came after the store had loaded and checked every saved assessment.
performance.mark('ledger-fit:start');
