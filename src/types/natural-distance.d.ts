// natural's string distances, imported one by one: the package's index pulls in far more than we use.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function jaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
