// Libraries the components use that ship no types (Framework's own page libraries).
declare module "htl";
declare module "@observablehq/inputs";
