import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentClient } from '../../lib/storage/aws/documentClient.ts';
import { DynamoTable } from '../../lib/storage/aws/dynamoTable.ts';

const dynamo = mockClient(DynamoDBDocumentClient);
const table = new DynamoTable(
  documentClient(new DynamoDBClient({ region: 'cn-northwest-1' })),
  'kuomian-table',
);

describe('DynamoTable conditional puts (requests sent)', () => {
  beforeEach(() => {
    dynamo.reset();
    dynamo.on(PutCommand).resolves({});
  });

  it('ifNotExists becomes attribute_not_exists on the partition key', async () => {
    await table.put({ pk: 'alert', sk: 'A1', state: 'pending' }, { ifNotExists: true });
    expect(dynamo.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'kuomian-table',
      Item: { pk: 'alert', sk: 'A1', state: 'pending' },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': 'pk' },
    });
  });

  it('ifMatch becomes existence plus one placeholder equality per attribute', async () => {
    await table.put(
      { pk: 'alert', sk: 'A1', state: 'sent' },
      { ifMatch: { state: 'pending', 'attempt-no': 2 } },
    );
    expect(dynamo.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'kuomian-table',
      Item: { pk: 'alert', sk: 'A1', state: 'sent' },
      ConditionExpression: 'attribute_exists(#pk) AND #m0 = :m0 AND #m1 = :m1',
      ExpressionAttributeNames: { '#pk': 'pk', '#m0': 'state', '#m1': 'attempt-no' },
      ExpressionAttributeValues: { ':m0': 'pending', ':m1': 2 },
    });
  });

  it('an unconditional put sends no condition', async () => {
    await table.put({ pk: 'p', sk: 's' });
    expect(dynamo.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'kuomian-table',
      Item: { pk: 'p', sk: 's' },
    });
  });

  it('answers false on a failed condition and throws on any other error', async () => {
    dynamo
      .on(PutCommand)
      .rejectsOnce(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      )
      .rejectsOnce(new Error('throttled'));
    expect(await table.put({ pk: 'p', sk: 's' }, { ifNotExists: true })).toBe(false);
    await expect(table.put({ pk: 'p', sk: 's' }, { ifNotExists: true })).rejects.toThrow('throttled');
  });
});
