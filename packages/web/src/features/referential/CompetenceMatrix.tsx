import type { ReferentialNode, ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { Text, VisuallyHidden } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { codeAndLabel } from './labels.ts';
import { buildMatrix, type Matrix, type MatrixRow } from './matrixModel.ts';

// A group narrower than this shows its code only, its label in a tooltip: long labels over
// one or two columns would make the header taller than the table.
const NARROW = 4;

function MatrixHead({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const withKinds = matrix.columnGroups.some((group) => group.kinds.some((kind) => kind.kind));
  const width = (group: Matrix['columnGroups'][number]) =>
    group.kinds.reduce((sum, kind) => sum + kind.columns.length, 0);
  return (
    <thead>
      <tr>
        <td rowSpan={withKinds ? 3 : 2} className="matrix-corner">
          {t('referential.matrix.corner')}
        </td>
        {matrix.columnGroups.map((group) => (
          <th
            key={group.parent?.code ?? ''}
            scope="colgroup"
            colSpan={width(group)}
            className="matrix-group"
            title={group.parent?.label}
          >
            {!group.parent
              ? t('referential.matrix.otherGroup')
              : width(group) < NARROW
                ? group.parent.code
                : codeAndLabel(group.parent)}
          </th>
        ))}
      </tr>
      {withKinds ? (
        <tr>
          {matrix.columnGroups.flatMap((group) =>
            group.kinds.map((kind) => (
              <th
                key={`${group.parent?.code}-${kind.kind}`}
                scope="colgroup"
                colSpan={kind.columns.length}
                className="matrix-kind"
                title={kind.kind ? t(`referential.competenceKinds.${kind.kind}`) : undefined}
              >
                {kind.kind && kind.columns.length < NARROW
                  ? t(`referential.competenceKindCodes.${kind.kind}`)
                  : kind.kind
                    ? t(`referential.competenceKinds.${kind.kind}`)
                    : ''}
              </th>
            )),
          )}
        </tr>
      ) : null}
      <tr>
        {matrix.columns.map((column) => (
          <th key={column.code} scope="col" title={column.label} className="matrix-code">
            <span>{column.code}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

function RowHeader({ row }: { row: MatrixRow }) {
  return (
    <th scope="row" className="matrix-row-head">
      <Text fw={700} size="sm">
        {codeAndLabel(row.node)}
      </Text>
      {row.details.length > 0 ? (
        <ul className="matrix-details">
          {row.details.map((detail) => (
            <li key={detail.code}>{codeAndLabel(detail)}</li>
          ))}
        </ul>
      ) : null}
    </th>
  );
}

function Mark({ row, column }: { row: ReferentialNode; column: ReferentialNode }) {
  const { t } = useTranslation();
  return (
    <span data-testid={`matrix-mark-${row.code}-${column.code}`} title={column.label}>
      <span aria-hidden="true">●</span>
      <VisuallyHidden>{t('referential.matrix.required')}</VisuallyHidden>
    </span>
  );
}

/** Rows that require, columns they require, a mark at each `requires` link (slides 9-13). */
export function CompetenceMatrix({ version }: { version: ReferentialVersion }) {
  const { t } = useTranslation();
  const captionId = useId();
  const matrix = useMemo(() => buildMatrix(version), [version]);
  if (matrix.columns.length === 0) return <Text>{t('referential.matrix.none')}</Text>;
  const span = matrix.columns.length + 1;

  return (
    // Focusable so that keyboard users can scroll it; labelled by the table's caption.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
    <section className="matrix-scroll" tabIndex={0} aria-labelledby={captionId}>
      <table className="matrix" data-testid="matrix">
        <caption id={captionId}>
          {t('referential.matrix.caption', { links: matrix.linkCount })}
        </caption>
        <MatrixHead matrix={matrix} />
        {matrix.rowGroups.map((group) => (
          <tbody key={group.parent?.code ?? ''}>
            {matrix.rowGroups.length > 1 && group.parent ? (
              <tr>
                <th scope="rowgroup" colSpan={span} className="matrix-row-group">
                  {codeAndLabel(group.parent)}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.node.code} data-testid={`matrix-row-${row.node.code}`}>
                <RowHeader row={row} />
                {matrix.columns.map((column) => (
                  <td key={column.code} className="matrix-cell">
                    {matrix.has(row.node.code, column.code) ? (
                      <Mark row={row.node} column={column} />
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
