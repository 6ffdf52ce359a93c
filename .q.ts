import { Coder } from './server/synthesis/coder.js';
import { analyse } from './server/synthesis/analysis.js';
import { activeThemes, defaultCodebook } from './server/synthesis/codebook.js';
const cb = defaultCodebook(); const c: any = new Coder({ themes: activeThemes(cb), unplaced: cb.unplaced });
const q = 'How can the GFMD in Mexico and beyond advance the discussions from talking about migration issues to a more active mode?';
for (const t of ['it has to deliver, not only meet', 'nice lunch today', 'yes', 'the hosts pay too much', 'diaspora bonds could fund housing back home']) {
  const { raw } = c.evidence(analyse(t)); const u = c.model.unplacedIndex;
  const top = [...raw.keys()].sort((a: number, b: number) => raw[b] - raw[a]).slice(0, 3).map((i: number) => `${c.model.ids[i]}:${raw[i].toFixed(3)}`);
  console.log(t, top.join(' '), 'u', raw[u].toFixed(3), 'gfmd', raw[c.model.ids.indexOf('agent-gfmd')].toFixed(3));
}
