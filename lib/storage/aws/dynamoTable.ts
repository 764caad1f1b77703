/**
 * The cloud Table: the stack's single DynamoDB table (string partition and sort keys named by
 * TABLE_KEY). Conditional puts are DynamoDB condition expressions, so they hold across concurrent
 * Lambda invocations; a failed condition is an answer (false), not an error.
 */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_KEY } from '../../config/names.ts';
import type { Item, PutCondition, Table } from '../ports.ts';

export interface DynamoTableOptions {
  /** Items per query page (DynamoDB's own limit, 1 MB, when absent). Small values exercise paging. */
  pageSize?: number;
}

type Attributes = Record<string, unknown>;

/** The item as stored: `pk` / `sk` under the table's key attribute names. */
function toRecord(item: Item): Attributes {
  const { pk, sk, ...rest } = item;
  return { ...rest, [TABLE_KEY.partition]: pk, [TABLE_KEY.sort]: sk };
}

function fromRecord(record: Attributes): Item {
  const { [TABLE_KEY.partition]: pk, [TABLE_KEY.sort]: sk, ...rest } = record;
  return { ...rest, pk: pk as string, sk: sk as string };
}

function key(pk: string, sk: string): Attributes {
  return { [TABLE_KEY.partition]: pk, [TABLE_KEY.sort]: sk };
}

/** The condition expression of a PutCondition (DynamoDB evaluates it atomically with the write). */
function conditionOf(
  condition: PutCondition | undefined,
): Pick<PutCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  if (condition === undefined) return {};
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Attributes = {};
  if (condition.ifNotExists) {
    clauses.push('attribute_not_exists(#pk)');
    names['#pk'] = TABLE_KEY.partition;
  }
  if (condition.ifMatch !== undefined) {
    clauses.push('attribute_exists(#pk)');
    names['#pk'] = TABLE_KEY.partition;
    Object.entries(condition.ifMatch).forEach(([name, value], i) => {
      clauses.push(`#m${i} = :m${i}`);
      names[`#m${i}`] = name === 'pk' ? TABLE_KEY.partition : name === 'sk' ? TABLE_KEY.sort : name;
      values[`:m${i}`] = value;
    });
  }
  if (clauses.length === 0) return {};
  return {
    ConditionExpression: clauses.join(' AND '),
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
  };
}

function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string }).name === 'ConditionalCheckFailedException';
}

export class DynamoTable implements Table {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
    private readonly options: DynamoTableOptions = {},
  ) {}

  async get(pk: string, sk: string): Promise<Item | undefined> {
    // Consistent: callers read, decide, then write conditionally.
    const output = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key(pk, sk), ConsistentRead: true }),
    );
    return output.Item === undefined ? undefined : fromRecord(output.Item);
  }

  async put(item: Item, condition?: PutCondition): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: toRecord(item), ...conditionOf(condition) }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  /** Sort-key order is DynamoDB's: UTF-8 bytes, i.e. code points. */
  async query(pk: string, options: { skPrefix?: string } = {}): Promise<Item[]> {
    const prefix = options.skPrefix ?? '';
    const names: Record<string, string> = { '#pk': TABLE_KEY.partition };
    const values: Attributes = { ':pk': pk };
    let keyCondition = '#pk = :pk';
    if (prefix !== '') {
      keyCondition += ' AND begins_with(#sk, :prefix)';
      names['#sk'] = TABLE_KEY.sort;
      values[':prefix'] = prefix;
    }
    const items: Item[] = [];
    let startKey: Attributes | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: keyCondition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          Limit: this.options.pageSize,
        }),
      );
      for (const record of page.Items ?? []) items.push(fromRecord(record));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return items;
  }

  async delete(pk: string, sk: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: key(pk, sk) }));
  }
}
