import type { Segment } from '../accounts/account';

/** One bit per segment, so a program's segments are one number and the test is one AND. */
export function segmentBit(segment: Segment): number {
  switch (segment) {
    case 'Tech Touch': return 1;
    case 'Scale': return 2;
    case 'CSM-Assigned': return 4;
  }
}
