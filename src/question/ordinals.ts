/**
 * "the second one", "2nd", "the fifth": a thing named by its place in a list (zero-based), the way people write it;
 * "last" depends on the list, so its reader decides it.
 */
export const ordinalPlaces: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
};
