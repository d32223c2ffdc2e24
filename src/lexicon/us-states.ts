// US state names from the states-us data package, for telling "Georgia" the state from Georgia the country.
import statesUs from 'states-us';

interface UsState {
  name: string;
  abbreviation: string;
  territory: boolean;
}

// states-us is CommonJS with a named `states` export
const { states } = statesUs as unknown as { states: UsState[] };

export const US_STATE_NAMES = new Set(states.filter((s) => !s.territory).map((s) => s.name));
