import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The "enforced by a test" half of the import boundaries (DESIGN.md §1, issue 2: "electron/core in
 * plain Node, never importing electron — enforced by a lint rule and a test"): electron/core never
 * reaches Electron, shared/ never reaches Node, the DOM, React or the other trees. Fails listing every
 * offender as `file:line: reason`.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const CORE = path.join(ROOT, 'electron', 'core');
const SHARED = path.join(ROOT, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

interface ModuleUse {
  specifier: string;
  line: number;
}

/** Static imports and re-exports, `import()`, `require()` — including type-only ones. */
function moduleUses(file: string): ModuleUse[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const uses: ModuleUse[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined) => {
    if (literal && ts.isStringLiteralLike(literal)) {
      uses.push({ specifier: literal.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const isNodeBuiltin = (s: string) => s.startsWith('node:') || builtinModules.includes(s) || builtinModules.includes(s.split('/')[0] ?? '');
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function resolvesOutside(file: string, specifier: string, allowedRoot: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(allowedRoot + path.sep) ? null : relative(target);
}

function coreOffenders(files: readonly string[], electronRoot: string): string[] {
  const offenders: string[] = [];
  for (const file of files) {
    for (const { specifier, line } of moduleUses(file)) {
      const where = `${relative(file)}:${line}: imports '${specifier}'`;
      if (isElectron(specifier)) offenders.push(where);
      if (!specifier.startsWith('.')) continue;
      const target = path.relative(electronRoot, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
      if (/^(main|preload)(\/|$)/.test(target)) offenders.push(`${where} (Electron side)`);
      const outside = resolvesOutside(file, specifier, electronRoot);
      if (outside && !outside.startsWith('shared/')) offenders.push(`${where} (outside electron/ and shared/)`);
    }
  }
  return offenders;
}

function sharedImportOffenders(files: readonly string[], sharedRoot: string): string[] {
  const offenders: string[] = [];
  for (const file of files) {
    for (const { specifier, line } of moduleUses(file)) {
      const where = `${relative(file)}:${line}: imports '${specifier}'`;
      if (isElectron(specifier)) offenders.push(where);
      else if (isNodeBuiltin(specifier)) offenders.push(`${where} (Node built-in)`);
      else if (/^react(-dom)?(\/|$)/.test(specifier)) offenders.push(`${where} (UI)`);
      else if (resolvesOutside(file, specifier, sharedRoot)) offenders.push(`${where} (outside shared/)`);
    }
  }
  return offenders;
}

function globalOrigin(declaration: ts.Declaration): 'dom' | 'node' | 'other' {
  const name = declaration.getSourceFile().fileName.replace(/\\/g, '/');
  if (/\/typescript\/lib\/lib\.dom\./.test(name)) return 'dom';
  if (/\/@types\/node\//.test(name) || /\/undici-types\//.test(name)) return 'node';
  return 'other';
}

/** Identifiers that resolve to a global only the DOM, or only Node, declares. */
function sharedGlobalOffenders(files: readonly string[]): string[] {
  const program = ts.createProgram([...files], {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const offenders: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && isFreeReference(node)) {
        const symbol = ts.isShorthandPropertyAssignment(node.parent) ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
        const origins = new Set((symbol?.declarations ?? []).map(globalOrigin));
        // Globals both the browser and Node define (URL, AbortSignal, setTimeout, fetch…) are fine.
        if (origins.size === 1 && !origins.has('other')) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          offenders.push(`${relative(file)}:${line}: uses ${origins.has('dom') ? 'DOM' : 'Node'} global '${node.text}'`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return offenders;
}

describe('import boundaries', () => {
  it('electron/core never imports electron, nor electron/main or electron/preload', () => {
    expect(coreOffenders(sourceFiles(CORE), path.join(ROOT, 'electron'))).toEqual([]);
  });

  it('shared/ imports no Node built-in, electron, React or code outside shared/', () => {
    expect(sharedImportOffenders(sourceFiles(SHARED), SHARED)).toEqual([]);
  });

  it('shared/ uses no DOM-only or Node-only globals', () => {
    expect(sharedGlobalOffenders(sourceFiles(SHARED))).toEqual([]);
  });
});

describe('the boundary checker itself', () => {
  // A checker that finds nothing proves nothing: plant one of each offence in a scratch tree.
  const scratch = mkdtempSync(path.join(tmpdir(), 'cabina-boundaries-'));
  const electronRoot = path.join(scratch, 'electron');
  const sharedRoot = path.join(scratch, 'shared');
  mkdirSync(path.join(electronRoot, 'core'), { recursive: true });
  mkdirSync(sharedRoot, { recursive: true });
  const coreFile = path.join(electronRoot, 'core', 'bad.ts');
  writeFileSync(
    coreFile,
    [
      "import { app } from 'electron';",
      "import type { IpcMain } from 'electron/main';",
      "import { IPC_CHANNELS } from '../main/ipc-channels.ts';",
      "const shell = await import('electron');",
      "import fs from 'node:fs';",
      'export { app, shell, fs, IPC_CHANNELS };',
      'export type X = IpcMain;',
    ].join('\n'),
  );
  const sharedFile = path.join(sharedRoot, 'bad.ts');
  writeFileSync(
    sharedFile,
    [
      "import path from 'node:path';",
      "import { readFileSync } from 'fs';",
      "import React from 'react';",
      "import { x } from '../electron/core/bad.ts';",
      'export const a = window.location.href;',
      'export const b = document.title;',
      'export const c = process.env.HOME;',
      "export const d = Buffer.from('x');",
      'export const ok = new URL(`https://x/${setTimeout.name}`);',
      'const local = { document: 1, window: 2 };',
      'export const e = local.document + local.window;',
      'export { path, readFileSync, React, x };',
    ].join('\n'),
  );
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('flags electron imports and reaching into the Electron side from the core', () => {
    const found = coreOffenders([coreFile], electronRoot).join('\n');
    expect(found).toContain(":1: imports 'electron'");
    expect(found).toContain(":2: imports 'electron/main'");
    expect(found).toContain(':3: imports \'../main/ipc-channels.ts\' (Electron side)');
    expect(found).toContain(":4: imports 'electron'");
    expect(found).not.toContain('node:fs');
  });

  it('flags Node, React and outside imports in shared/', () => {
    const found = sharedImportOffenders([sharedFile], sharedRoot).join('\n');
    for (const line of [":1: imports 'node:path'", ":2: imports 'fs'", ":3: imports 'react'", ':4: imports \'../electron/core/bad.ts\' (outside shared/)']) {
      expect(found).toContain(line);
    }
  });

  it('flags DOM-only and Node-only globals but not shared globals or property names', () => {
    const found = sharedGlobalOffenders([sharedFile]);
    const names = found.map((f) => f.replace(/^.*: uses /, ''));
    expect(names).toEqual(expect.arrayContaining(["DOM global 'window'", "DOM global 'document'", "Node global 'process'", "Node global 'Buffer'"]));
    expect(found.some((f) => f.includes("'URL'") || f.includes("'setTimeout'"))).toBe(false);
    expect(found.filter((f) => f.includes(':10:') || f.includes(':11:'))).toEqual([]);
  });
});

/** True where an identifier names a variable or type, not a property or declaration name. */
function isFreeReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && (ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === id) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === id
  )
    return false;
  if (ts.isBindingElement(parent) && parent.propertyName === id) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return true;
}
