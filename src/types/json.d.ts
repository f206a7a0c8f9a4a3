// The shipped dataset is imported as a JSON module and checked at run time, so its type is unknown.
declare module '*.json' {
  const value: unknown;
  export default value;
}
