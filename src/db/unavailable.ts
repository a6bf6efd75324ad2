import type {
  CompiledQuery,
  DatabaseConnection,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { PostgresDialect } from 'kysely';

/**
 * PostgreSQL could not be reached or went away mid-statement (restarted, failing over, not yet accepting
 * connections). Nothing about the work itself is wrong: the same statements succeed once the server is back,
 * so a job that meets this is retried until then rather than failed.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(cause: unknown) {
    super(`PostgreSQL unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

// Socket-level failures to reach or keep talking to the server.
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
]);
// SQLSTATEs of a server that is going down, starting up or full: class 08 (connection exception) is matched
// by prefix. Errors about the statement itself (constraints, syntax, serialization) are not among them.
const serverCodes = new Set(['57P01', '57P02', '57P03', '53300']);
// What pg and pg-pool raise, without a code, when a connection dies or cannot be had.
const connectionMessages =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|timeout expired)/;

/** True when `error` (or what it wraps) says the server is unreachable, not that the statement failed. */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof StoreUnavailableError || e.name === 'StoreUnavailableError') return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (networkCodes.has(code) || serverCodes.has(code) || /^08/.test(code)))
      return true;
    if (connectionMessages.test(e.message)) return true;
  }
  return false;
}

function labelled(error: unknown): unknown {
  return isStoreUnavailable(error) && !(error instanceof StoreUnavailableError)
    ? new StoreUnavailableError(error)
    : error;
}

async function labelling<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw labelled(error);
  }
}

/** A connection whose failures to reach the server are raised as StoreUnavailableError. */
class LabellingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return labelling(() => this.inner.executeQuery<R>(query));
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw labelled(error);
    }
  }
}

const innerOf = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof LabellingConnection ? connection.inner : connection;

/** The driver wrapped so every way a statement can fail on a lost server fails with StoreUnavailableError. */
class LabellingDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return labelling(() => this.inner.init());
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new LabellingConnection(await labelling(() => this.inner.acquireConnection()));
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return labelling(() => this.inner.beginTransaction(innerOf(connection), settings));
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return labelling(() => this.inner.commitTransaction(innerOf(connection)));
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return labelling(() => this.inner.rollbackTransaction(innerOf(connection)));
  }
  // Savepoints run as plain statements on the connection, whose failures are labelled already.
  savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.savepoint!(connection, name, compile);
  }
  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.rollbackToSavepoint!(connection, name, compile);
  }
  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.releaseSavepoint!(connection, name, compile);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(innerOf(connection));
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** kysely's PostgreSQL dialect, raising StoreUnavailableError when the server cannot be reached. */
export class LabellingPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new LabellingDriver(super.createDriver());
  }
}
