// US state names from the states-us data package, for telling "Georgia" the state from Georgia the country.
import { states } from 'states-us';

export const US_STATE_NAMES = new Set(states.filter((s) => !s.territory).map((s) => s.name));
