import { stepsFor, STEPS } from './track';

describe('stepsFor', () => {
  it('marks the steps before the current one as done and only one as current', () => {
    const steps = stepsFor('answered', (s) => s.toUpperCase());
    expect(steps.map((s) => s.status)).toEqual([...STEPS]);
    expect(steps.map((s) => [s.done, s.current])).toEqual([
      [true, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(steps[2].label).toBe('ANSWERED');
  });

  it('a new inquiry has nothing done yet', () => {
    const steps = stepsFor('new', String);
    expect(steps.filter((s) => s.done)).toEqual([]);
    expect(steps.find((s) => s.current)?.status).toBe('new');
  });
});
