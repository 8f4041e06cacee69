// The layering rules in eslint.config.js, shown to bite: each layer is handed a file
// with one import it must not make (and one it may), and ESLint must flag only the first.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph';

const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages ESLint gives a file at `path` holding `code`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES: { layer: string; file: string; wrong: string; right: string }[] = [
  {
    layer: 'core',
    file: 'src-main/core/export/x.ts',
    wrong: "import { createMainWindow } from '../../shell/window';",
    right: "import { NotFoundError } from '../errors';",
  },
  {
    layer: 'core',
    file: 'src-main/core/x.ts',
    wrong: "import { launchArgs } from '../desktop/launch-args';",
    right: "import type { Channel } from '../contract/ipc';",
  },
  {
    layer: 'core',
    file: 'src-main/core/x.ts',
    wrong: "import { app } from 'electron';",
    right: "import { readFile } from 'node:fs/promises';",
  },
  {
    layer: 'core',
    file: 'src-main/core/search/x.ts',
    wrong: "import { withArchive } from '../../cli/archive-door';",
    right: "import { TaskLock } from '../task-lock';",
  },
  {
    layer: 'desktop',
    file: 'src-main/desktop/x.ts',
    wrong: "import { BrowserWindow } from 'electron';",
    right: "import { BusyError } from '../core/errors';",
  },
  {
    layer: 'desktop',
    file: 'src-main/desktop/log/x.ts',
    wrong: "import { reportUncaughtErrors } from '../../shell/error-dialogs';",
    right: "import { realTimers } from '../timers';",
  },
  {
    layer: 'contract',
    file: 'src-main/contract/x.ts',
    wrong: "import { BusyError } from '../core/errors';",
    right: "import type { Article } from './archive';",
  },
  {
    layer: 'cli',
    file: 'src-main/cli/x.ts',
    wrong: "import { registerIpc } from '../shell/ipc';",
    right: "import { ArchiveService } from '../core/service';",
  },
  {
    layer: 'preload',
    file: 'src-main/preload/x.ts',
    wrong: "import { routeCall } from '../core/ipc-router';",
    right: "import { CHANNEL_NAMES } from '../contract/channels';",
  },
  {
    layer: 'renderer',
    file: 'src-renderer/src/lib/x.ts',
    wrong: "import { ArchiveService } from '../../../src-main/core/service';",
    right: "import type { Article } from '../../../src-main/contract/archive';",
  },
  {
    layer: 'renderer',
    file: 'src-renderer/src/lib/x.ts',
    wrong: "import { readFile } from 'node:fs';",
    right: "import { SORTS } from './sort';",
  },
];

describe('the layering rules', { timeout: 60_000 }, () => {
  for (const { layer, file, wrong, right } of CASES) {
    it(`refuses ${layer} the import ${wrong.match(/from '([^']+)'/)![1]}`, async () => {
      const messages = await restricted(
        file,
        `${wrong}\n${right}\nexport const used = [${names(wrong)}, ${names(right)}];\n`,
      );
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('eslint.config.js');
    });
  }

  it('lets a renderer component import the contract', async () => {
    const code = `<script lang="ts">\n  import type { Article } from '../../../src-main/contract/archive';\n  let { article }: { article: Article } = $props();\n</script>\n<p>{article.title}</p>\n`;
    expect(await restricted('src-renderer/src/components/X.svelte', code)).toEqual([]);
  });

  it('refuses a renderer component an import from core', async () => {
    const code = `<script lang="ts">\n  import { NotFoundError } from '../../../src-main/core/errors';\n  const e = new NotFoundError('x');\n</script>\n<p>{e.message}</p>\n`;
    expect(await restricted('src-renderer/src/components/X.svelte', code)).toHaveLength(1);
  });
});

/** The names an import line brings in, so the fixture uses them. */
function names(line: string): string {
  return line.replace(/^import (type )?\{ ?| ?\} from.*$/g, '');
}
