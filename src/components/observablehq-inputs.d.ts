// @observablehq/inputs ships no type declarations; components that build controls use it untyped.
declare module "@observablehq/inputs";
