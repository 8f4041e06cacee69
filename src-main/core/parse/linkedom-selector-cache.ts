// linkedom compiles a CSS selector anew on every querySelector, querySelectorAll, closest
// and matches call (linkedom/esm/shared/matches.js: css-what parses it, css-select compiles
// it). A tgnews page asks ~190 times, mostly for the same few dozen selectors (ours and
// Readability's _getAllNodesWithTag): a tenth of an HTML page's parse went to compiling
// (bench/_fmtprof.ts on bc20k/tgnews-html, 4.9 → 4.3 ms a page warm). Here the four methods
// are put back on linkedom's prototypes with the same walk over a selector compiled once
// per text: the same css-select, the same options, and linkedom's own adapter, copied.
// Selectors with `:scope` depend on the element asked and are compiled each time, as before.
// Should a linkedom release rename what is reached here, nothing is replaced (see `install`).
import { compile, type Options } from 'css-select';
import { parseHTML } from 'linkedom';
import { boundedMemo } from '../bounded-memo';

export { parseHTML };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A linkedom node as this module reads it: the DOM fields, plus linkedom's own linked list by symbol. */
interface LinkedNode {
  nodeType: number;
  localName: string;
  data: string;
  parentNode: LinkedNode | null;
  parentElement: LinkedNode | null;
  childNodes: LinkedNode[];
  ownerDocument: LinkedNode;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  [internal: symbol]: unknown;
}

type Matcher = (node: LinkedNode) => boolean;

/** Far more than the selectors our readers and Readability ask for (~60 on bc20k/tgnews-html). */
const SELECTORS_KEPT = 1000;

/** linkedom's symbol for `description` on `node`, which holds it as an own property. */
function symbolOf(node: object, description: string): symbol | undefined {
  return Object.getOwnPropertySymbols(node).find((s) => s.description === description);
}

/** The first object on `node`'s prototype chain that defines `name` itself. */
function definerOf(node: object, name: string): Record<string, unknown> | null {
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto))
    if (Object.hasOwn(proto, name)) return proto;
  return null;
}

function install(): void {
  const { document } = parseHTML('<html><body><p></p></body></html>');
  const probe = document.querySelector('p');
  if (!probe) return;
  const NEXT = symbolOf(probe, 'next');
  const END = symbolOf(probe, 'end');
  const MIME = symbolOf(document, 'mime');
  const parentNode = definerOf(probe, 'querySelectorAll');
  const element = definerOf(probe, 'closest');
  if (!NEXT || !END || !MIME || !parentNode || !element || definerOf(probe, 'matches') !== element) return;
  const NodeList = (probe.querySelectorAll('p') as object).constructor as new () => LinkedNode[];
  const ignoreCase = (node: LinkedNode): boolean => (node.ownerDocument[MIME] as { ignoreCase: boolean }).ignoreCase;
  const nextOf = (node: LinkedNode): LinkedNode => node[NEXT] as LinkedNode;
  const endOf = (node: LinkedNode): LinkedNode => node[END] as LinkedNode;
  const adapter = linkedomAdapter(ignoreCase);
  // Keyed by the options that change what a selector compiles to (HTML or XML; strict for
  // `matches`) and the selector; bounded, as a page's class names can reach a selector (html-thread.ts).
  const compiled = boundedMemo(SELECTORS_KEPT, (key) =>
    compile<LinkedNode, LinkedNode>(key.slice(2), {
      ...(key[1] === 's' && { strict: true }),
      xmlMode: key[0] === 'x',
      adapter,
    }),
  );
  const matcherOf = (node: LinkedNode, selectors: string, strict: boolean): Matcher => {
    const xmlMode = !ignoreCase(node);
    if (selectors.includes(':scope'))
      return compile<LinkedNode, LinkedNode>(selectors, { ...(strict && { strict }), xmlMode, adapter, context: node });
    return compiled(`${xmlMode ? 'x' : 'h'}${strict ? 's' : '-'}${selectors}`);
  };
  // The walks below are linkedom's own (mixin/parent-node.js, interface/element.js), which
  // skip the inside of a <template>.
  const after = (node: LinkedNode): LinkedNode =>
    node.nodeType === ELEMENT_NODE && node.localName === 'template' ? endOf(node) : nextOf(node);
  parentNode.querySelector = function (this: LinkedNode, selectors: string): LinkedNode | null {
    const matches = matcherOf(this, selectors, false);
    const end = endOf(this);
    for (let next = nextOf(this); next !== end; next = after(next))
      if (next.nodeType === ELEMENT_NODE && matches(next)) return next;
    return null;
  };
  parentNode.querySelectorAll = function (this: LinkedNode, selectors: string): LinkedNode[] {
    const matches = matcherOf(this, selectors, false);
    const elements = new NodeList();
    const end = endOf(this);
    for (let next = nextOf(this); next !== end; next = after(next))
      if (next.nodeType === ELEMENT_NODE && matches(next)) elements.push(next);
    return elements;
  };
  element.closest = function (this: LinkedNode, selectors: string): LinkedNode | null {
    const matches = matcherOf(this, selectors, false);
    if (matches(this)) return this;
    for (let up = this.parentElement; up; up = up.parentElement) if (matches(up)) return up;
    return null;
  };
  element.matches = function (this: LinkedNode, selectors: string): boolean {
    return matcherOf(this, selectors, true)(this);
  };
}

/** linkedom's css-select adapter (linkedom/esm/shared/matches.js), which it does not export. */
function linkedomAdapter(ignoreCase: (node: LinkedNode) => boolean): Options<LinkedNode, LinkedNode>['adapter'] {
  const isTag = (node: LinkedNode): boolean => node.nodeType === ELEMENT_NODE;
  const getChildren = (node: LinkedNode): LinkedNode[] => node.childNodes;
  const existsOne = (test: Matcher, nodes: LinkedNode[]): boolean =>
    nodes.some((node) => isTag(node) && (test(node) || existsOne(test, getChildren(node))));
  const getText = (node: LinkedNode | LinkedNode[]): string => {
    if (Array.isArray(node)) return node.map(getText).join('');
    if (isTag(node)) return getText(getChildren(node));
    return node.nodeType === TEXT_NODE ? node.data : '';
  };
  const findAll = (test: Matcher, nodes: LinkedNode[]): LinkedNode[] => {
    const found: LinkedNode[] = [];
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (test(node)) found.push(node);
      found.push(...findAll(test, getChildren(node)));
    }
    return found;
  };
  const findOne = (test: Matcher, nodes: LinkedNode[]): LinkedNode | null => {
    for (const node of nodes) {
      const found = test(node) ? node : findOne(test, getChildren(node));
      if (found) return found;
    }
    return null;
  };
  const removeSubsets = (nodes: LinkedNode[]): LinkedNode[] => {
    let { length } = nodes;
    while (length--) {
      const node = nodes[length]!;
      if (length && nodes.lastIndexOf(node, length - 1) > -1) {
        nodes.splice(length, 1);
        continue;
      }
      for (let up = node.parentNode; up; up = up.parentNode) {
        if (nodes.includes(up)) {
          nodes.splice(length, 1);
          break;
        }
      }
    }
    return nodes;
  };
  // Cast: linkedom answers null for a missing attribute where css-select's types say undefined.
  return {
    isTag,
    existsOne,
    getAttributeValue: (node: LinkedNode, name: string) =>
      name === 'class' ? (node.getAttributeNode('class')?.value ?? null) : node.getAttribute(name),
    getChildren,
    getName: (node: LinkedNode) => (ignoreCase(node) ? node.localName.toLowerCase() : node.localName),
    getParent: (node: LinkedNode) => node.parentNode,
    getSiblings: (node: LinkedNode) => (node.parentNode ? getChildren(node.parentNode) : node),
    getText,
    hasAttrib: (node: LinkedNode, name: string) => node.hasAttribute(name),
    removeSubsets,
    findAll,
    findOne,
  } as unknown as Options<LinkedNode, LinkedNode>['adapter'];
}

install();
