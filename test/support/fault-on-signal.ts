/**
 * Preloaded into a node process by a test (`node --import`): on SIGUSR2 an error escapes every
 * handler, the way a bug would. FAULT=rejection makes it a rejected promise nobody awaits;
 * otherwise it is a thrown exception. Its message quotes a contribution, as a parser's might.
 */
export const FAULT_MESSAGE = 'Unexpected token in "my government will veto the compact in private"';

process.on('SIGUSR2', () => {
  const error = Object.assign(new SyntaxError(FAULT_MESSAGE), { code: 'E_TEST_FAULT' });
  if (process.env.FAULT === 'rejection') void Promise.reject(error);
  else throw error;
});
