// The system clipboard when the browser allows it, with an in-memory copy as a fallback (denied
// permission, insecure context, jsdom), so copy/paste also works between flows in one tab.
let memory: string | null = null;

export async function writeClipboard(text: string): Promise<void> {
  memory = text;
  try {
    await navigator.clipboard?.writeText(text);
  } catch {
    // Permission denied or not focused: the in-memory copy is enough within this tab.
  }
}

/** Candidate texts to paste, best first: the system clipboard, then the in-memory copy. */
export async function readClipboard(): Promise<string[]> {
  const texts: string[] = [];
  try {
    const text = await navigator.clipboard?.readText();
    if (text) texts.push(text);
  } catch {
    // Reading needs a permission the user may not grant; fall back to memory.
  }
  if (memory !== null && !texts.includes(memory)) texts.push(memory);
  return texts;
}
