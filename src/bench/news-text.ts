// Generated news text of any size, for measuring the build on large files (npm run bench, key `large`) and
// for the tests of large inputs: paragraphs of sentences in the style of the seed articles, with people,
// countries and capitals drawn from tables by a seeded generator, so the same size and seed always give the
// same text. Every template is a sentence the rules read (recalls, accusations, roles, meetings, sanctions,
// calls) or a plain sentence without relations.
import { seededRandom } from '../random.js';
import { benchCountries } from './countries.js';

const FIRST_NAMES = (
  'Anna Maria Peter John Olaf Elena Hans Pierre Ahmed Kenji Carlos Sofia Ivan Ewa Lars Nadia Tomas Laura ' +
  'Marco Yusuf Ingrid Pavel Rosa Daniel Amina Victor Helena Mateo Irina Samuel'
).split(' ');
const LAST_NAMES = (
  'Novak Schmidt Dubois Rossi Silva Petrov Kowalski Tanaka Haddad Okafor Larsen Moreau Fischer Horvat ' +
  'Lindqvist Costa Popescu Ivanova Brennan Kaplan Nieminen Duarte Varga Molnar Keller Sorensen Bauer Castillo Romano Weber'
).split(' ');
// the countries it draws from (demonyms and capitals from the country data)
const COUNTRIES = benchCountries([
  'France',
  'Germany',
  'Poland',
  'Italy',
  'Spain',
  'Russia',
  'Ukraine',
  'Turkey',
  'Japan',
  'Brazil',
  'Canada',
  'India',
  'Kenya',
  'Sweden',
  'Norway',
  'Iran',
  'Egypt',
  'Mexico',
  'Moldova',
  'Lithuania',
]);
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister'];
const CHARGES = ['election interference', 'espionage', 'hacking', 'corruption', 'war crimes', 'sabotage'];
const PEJORATIVES = ['killer', 'dictator', 'liar', 'war criminal'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const REASONS = ['the border incident', 'the disputed election', 'the cyber attack', 'the arrest of a journalist', 'the drone strike'];

type Pick = <T>(list: readonly T[]) => T;
interface Cast {
  person: string;
  other: string;
  country: [string, string, string];
  second: [string, string, string];
  role: string;
  day: string;
}

const TEMPLATES: ((c: Cast, pick: Pick) => string)[] = [
  (c) => `${c.country[1]} ${c.role} ${c.person} met ${c.second[1]} ${c.role} ${c.other} in ${c.second[2]} on ${c.day}.`,
  (c) => `${c.country[0]} recalled its ambassador to ${c.second[0]} on ${c.day}.`,
  (c, pick) => `${c.country[1]} ${c.role} ${c.person} accused ${c.second[0]} of ${pick(CHARGES)}.`,
  (c, pick) => `${c.person} branded ${c.other} a "${pick(PEJORATIVES)}" in an interview on ${c.day}.`,
  (c, pick) => `${c.country[0]} imposed sanctions on ${c.second[0]} over ${pick(REASONS)}.`,
  (c) => `${c.country[1]} ${c.role} ${c.person} and ${c.second[1]} ${c.role} ${c.other} spoke by phone on ${c.day}.`,
  (c) => `${c.country[0]} expelled two ${c.second[1]} diplomats on ${c.day}.`,
  (c) => `${c.person} said the talks in ${c.country[2]} had been difficult but useful.`,
  () => 'The meeting lasted for several hours and ended without a joint statement.',
  (c, pick) => `Officials in ${c.country[2]} declined to comment on ${pick(REASONS)}.`,
  () => 'Analysts said the dispute was unlikely to be settled before the end of the year.',
];

/** About `bytes` bytes of UTF-8 news text (a little more: the last paragraph is completed). */
export function generateNewsText(bytes: number, seed = 13): string {
  const rnd = seededRandom(seed);
  const pick: Pick = (list) => list[Math.floor(rnd() * list.length)]!;
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const country = pick(COUNTRIES);
    let second = pick(COUNTRIES);
    while (second === country) second = pick(COUNTRIES);
    const cast: Cast = { person: person(), other: person(), country, second, role: pick(ROLES), day: pick(DAYS) };
    // three to six different templates
    const order = TEMPLATES.map((t) => [rnd(), t] as const).sort((a, b) => a[0] - b[0]);
    const sentences = order.slice(0, 3 + Math.floor(rnd() * 4)).map(([, t]) => t(cast, pick));
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}
