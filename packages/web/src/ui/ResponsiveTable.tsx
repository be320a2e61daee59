// Issue 16, item 8: on a phone a list table scrolled sideways with no hint. One component for
// every list page: a table on a wide screen, a list of cards under 40em (640 px) — each card
// titled by the row's first column, the other columns as label and value, one below the other.
import { Box, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

export type Column<Row> = {
  key: string;
  /** The column's heading; an empty one (an actions column) shows no label in a card. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
};

type Props<Row> = {
  /** The first column names the row: a row heading in the table, the card's title. */
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowTestId?: (row: Row) => string;
  /** A state the row carries as `data-state` (for tests and styles). */
  rowState?: (row: Row) => string;
  caption?: ReactNode;
  /** Under this width the table scrolls (a tablet between the breakpoint and it). */
  minWidth?: number;
  'data-testid'?: string;
};

export const CARDS_QUERY = '(max-width: 40em)';

/** Whether list tables show as cards: the screen is narrower than 40em. */
export function useCardLayout(): boolean {
  return useMediaQuery(CARDS_QUERY, false, { getInitialValueInEffect: false }) ?? false;
}

export function ResponsiveTable<Row>(props: Props<Row>) {
  return useCardLayout() ? <Cards {...props} /> : <WideTable {...props} />;
}

function WideTable<Row>({
  columns,
  rows,
  rowKey,
  rowTestId,
  rowState,
  caption,
  minWidth,
  ...rest
}: Props<Row>) {
  const [first, ...others] = columns;
  return (
    <Table.ScrollContainer minWidth={minWidth ?? 640}>
      <Table
        verticalSpacing="sm"
        striped
        captionSide="top"
        data-testid={rest['data-testid']}
        data-layout="table"
      >
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.key}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId?.(row)} data-state={rowState?.(row)}>
              {first ? (
                <Table.Th scope="row" fw={600}>
                  {first.cell(row)}
                </Table.Th>
              ) : null}
              {others.map((column) => (
                <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Cards<Row>(props: Props<Row>) {
  const { columns, rows, rowKey, rowTestId, rowState, caption, ...rest } = props;
  const [first, ...others] = columns;
  return (
    <Stack gap="xs" data-testid={rest['data-testid']} data-layout="cards">
      {caption ? <Text fw={600}>{caption}</Text> : null}
      <Stack component="ul" gap="sm" className="list-cards">
        {rows.map((row) => (
          <Card
            component="li"
            withBorder
            padding="sm"
            key={rowKey(row)}
            data-testid={rowTestId?.(row)}
            data-state={rowState?.(row)}
          >
            {first ? (
              <Text component="div" fw={600}>
                {first.cell(row)}
              </Text>
            ) : null}
            <Box component="dl" className="list-card-fields">
              {others.map((column) => (
                <div key={column.key} className="list-card-field">
                  {column.header ? (
                    <Text component="dt" size="sm" fw={600} c="dimmed">
                      {column.header}
                    </Text>
                  ) : null}
                  <Box component="dd">{column.cell(row)}</Box>
                </div>
              ))}
            </Box>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
