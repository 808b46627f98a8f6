import { describe, expect, it } from 'vitest';
import { differingTasks, pairTaskDates, stepDueDate, taskDatesLine } from './task-dates';

const steps = [
  { name: 'Email 1: Welcome', offsetDays: 0 },
  { name: 'Email 2: Organize', offsetDays: 7 },
  { name: 'Email 3: Pipeline', offsetDays: 14 },
];
const iso = (d: string) => d;

describe("a saved CTA's task dates against the catalog's steps", () => {
  it("dates each step at the start day plus the step's own offset", () => {
    expect(stepDueDate('2026-12-07', 14)).toBe('2026-12-21');
    expect(stepDueDate('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('pairs tasks with steps by name, whatever order Cockpit lists them in', () => {
    const tasks = [
      { name: 'Email 2: Organize', due: 'Dec 14, 2026' },
      { name: 'email 1: welcome', due: 'Dec 7, 2026' },
      { name: 'Email 3: Pipeline', due: 'Dec 21, 2026' },
    ];
    const dates = pairTaskDates(tasks, steps, '2026-12-07', 'MDY');
    expect(dates).toEqual({
      kind: 'paired',
      tasks: [
        { name: 'Email 2: Organize', shown: '2026-12-14', catalog: '2026-12-14', sent: false },
        { name: 'email 1: welcome', shown: '2026-12-07', catalog: '2026-12-07', sent: false },
        { name: 'Email 3: Pipeline', shown: '2026-12-21', catalog: '2026-12-21', sent: false },
      ],
    });
    expect(differingTasks(dates)).toEqual([]);
    expect(taskDatesLine(dates, iso)).toBeNull();
  });

  it('pairs by order when the tenant names its tasks its own way, and names each task whose date differs', () => {
    const tasks = [
      { name: 'Welcome', due: '12/07/2026' },
      { name: 'Organize', due: '12/10/2026' },
      { name: 'Pipeline', due: '12/17/2026' },
    ];
    const dates = pairTaskDates(tasks, steps, '2026-12-07', 'MDY');
    expect(differingTasks(dates)).toEqual([
      { name: 'Organize', shown: '2026-12-10', catalog: '2026-12-14', sent: false },
      { name: 'Pipeline', shown: '2026-12-17', catalog: '2026-12-21', sent: false },
    ]);
    expect(taskDatesLine(dates, iso)).toBe(
      "Cockpit's due dates differ from the catalog's: Organize 2026-12-10 (catalog 2026-12-14); Pipeline 2026-12-17 (catalog 2026-12-21). The reminders follow Cockpit.",
    );
  });

  it("leaves out the tasks already sent: their dates no longer matter", () => {
    const tasks = [
      { name: 'Welcome', due: '12/09/2026' },
      { name: 'Organize', due: '12/10/2026' },
      { name: 'Pipeline', due: '12/21/2026' },
    ];
    const dates = pairTaskDates(tasks, steps, '2026-12-07', 'MDY', 1);
    expect(differingTasks(dates).map((t) => t.name)).toEqual(['Organize']);
    expect(taskDatesLine(pairTaskDates(tasks, steps, '2026-12-07', 'MDY', 2), iso)).toBeNull();
  });

  it('reads dates in the order the tenant writes them', () => {
    const dates = pairTaskDates([{ name: 'Email 1: Welcome', due: '07.12.2026' }], [steps[0]!], '2026-12-07', 'DMY');
    expect(differingTasks(dates)).toEqual([]);
  });

  it('says a date it cannot read differs, never guessing it', () => {
    const dates = pairTaskDates([{ name: 'Email 1: Welcome', due: null }], [steps[0]!], '2026-12-07', 'MDY');
    expect(taskDatesLine(dates, iso)).toBe("Cockpit's due dates differ from the catalog's: Email 1: Welcome has no readable date (catalog 2026-12-07). The reminders follow Cockpit.");
  });

  it('names three tasks at most and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `T${i}`, offsetDays: i }));
    const tasks = many.map((s) => ({ name: s.name, due: '2027-01-31' }));
    expect(taskDatesLine(pairTaskDates(tasks, many, '2026-12-07', 'MDY'), iso)).toMatch(/; T2 2027-01-31 \(catalog 2026-12-09\) and 2 more\. The reminders follow Cockpit\.$/);
  });

  it('cannot pair a different count: Gainsight keeps its dates and the line says why', () => {
    const tasks = [
      { name: 'Email 1', due: 'Dec 7, 2026' },
      { name: 'Email 2', due: 'Dec 9, 2026' },
    ];
    const dates = pairTaskDates(tasks, steps, '2026-12-07', 'MDY');
    expect(dates).toEqual({ kind: 'unpaired', tasks: 2, steps: 3 });
    expect(differingTasks(dates)).toEqual([]);
    expect(taskDatesLine(dates, iso)).toBe('The CTA has 2 Email Tasks and the catalog 3 steps, so their dates cannot be paired: the reminders follow Cockpit.');
  });

  it('has nothing to say about a CTA without Email Tasks (the catalog steps apply)', () => {
    expect(pairTaskDates([], steps, '2026-12-07', 'MDY')).toBeNull();
    expect(taskDatesLine(null, iso)).toBeNull();
  });
});
