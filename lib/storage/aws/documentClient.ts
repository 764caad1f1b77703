/**
 * The DynamoDB document client the table adapter needs: plain JS values in and out, `undefined`
 * attributes dropped (optional manifest fields are simply absent, as they are locally in JSON).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
