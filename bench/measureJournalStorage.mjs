/**
 * The browser's side of the crash journal's append, in Chromium: the two localStorage writes a
 * keystroke makes (its entry and the log's head), shaped as the journal writes them for typing in
 * a Message node; every 100 keystrokes the entries go, as when a save lands. Per-keystroke ms,
 * one sample per batch of 100 (the page's clock is too coarse to time a single write).
 * The journal's own code (patches → JSON) is timed in Node by bench/measureJournal.ts.
 */
export async function measureJournalStorage(browser, base) {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto(`${base}/bare/`);
    return await page.evaluate(() => {
      const head = 'baton.journal:bench:owner';
      const perKeystroke = [];
      let seq = 0;
      let saved = 0;
      for (let batch = 0; batch < 30; batch++) {
        const start = performance.now();
        for (let i = 0; i < 100; i++) {
          seq++;
          const text = `Hello ${'x'.repeat(seq % 60)}`;
          localStorage.setItem(`${head}:${seq}`, JSON.stringify({ p: [{ op: 'replace', path: ['nodes', 12, 'data'], value: { text } }] }));
          localStorage.setItem(head, JSON.stringify({ baseVersion: batch + 1, savedSeq: saved, lastSeq: seq, beat: Date.now() }));
        }
        perKeystroke.push((performance.now() - start) / 100);
        for (let s = saved + 1; s <= seq; s++) localStorage.removeItem(`${head}:${s}`);
        saved = seq;
      }
      localStorage.clear();
      return perKeystroke;
    });
  } finally {
    await context.close();
  }
}
