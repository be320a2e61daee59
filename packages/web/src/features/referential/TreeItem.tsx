import type { ReferentialNode } from '@certeval/core/referential/fileSchema';
import { Badge, Highlight, Text, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import { useNodeTypeLabel } from './labels.ts';

export type TreeContext = {
  childrenOf: (code: string) => ReferentialNode[];
  isOpen: (code: string) => boolean;
  toggle: (code: string) => void;
  query: string;
  isMatch: (code: string) => boolean;
};

function ItemText({ node, query }: { node: ReferentialNode; query: string }) {
  const typeLabel = useNodeTypeLabel();
  return (
    <>
      <Highlight component="span" highlight={query} ff="monospace" fw={700} className="tree-code">
        {node.code}
      </Highlight>
      <Badge variant="outline" color="blue.9" size="sm" className="tree-type">
        {typeLabel(node)}
      </Badge>
      <Highlight component="span" highlight={query} className="tree-label">
        {node.label}
      </Highlight>
    </>
  );
}

/**
 * One item of the tree: a disclosure button (aria-expanded) when it has children, whose list
 * is rendered only while open. Native buttons give the keyboard behaviour for free.
 */
export function TreeItem({ node, tree }: { node: ReferentialNode; tree: TreeContext }) {
  const childListId = useId();
  const children = tree.childrenOf(node.code);
  const open = children.length > 0 && tree.isOpen(node.code);
  return (
    <li
      data-testid={`tree-node-${node.code}`}
      data-match={tree.isMatch(node.code) || undefined}
      className="tree-item"
    >
      {children.length > 0 ? (
        <UnstyledButton
          className="tree-row tree-toggle"
          aria-expanded={open}
          aria-controls={open ? childListId : undefined}
          onClick={() => tree.toggle(node.code)}
        >
          <Text component="span" aria-hidden="true" className="tree-chevron">
            {open ? '▾' : '▸'}
          </Text>
          <ItemText node={node} query={tree.query} />
        </UnstyledButton>
      ) : (
        <div className="tree-row">
          <span className="tree-chevron" aria-hidden="true" />
          <ItemText node={node} query={tree.query} />
        </div>
      )}
      {open ? (
        <ul id={childListId} className="tree-list">
          {children.map((child) => (
            <TreeItem key={child.code} node={child} tree={tree} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
