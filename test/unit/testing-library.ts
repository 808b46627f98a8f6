// Component tests wait on what the screen shows (findBy…, waitFor). Testing Library gives up after 1 s by
// default, which a busy machine can exceed while React is still rendering: a bound, not a speed target.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
