/** Long unbroken words wrap instead of widening the page. */
export const wrapAnywhere = `
  overflow-wrap: anywhere;
`;
