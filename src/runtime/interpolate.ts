/**
 * Fills `{{name}}` placeholders from the conversation's variables. An unknown name stays as
 * written, so a designer sees in the simulator which variable the scene is missing.
 */
export function interpolate(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : whole,
  );
}
