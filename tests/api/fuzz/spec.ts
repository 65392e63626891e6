import fs from 'node:fs';
import path from 'node:path';

/** A JSON schema as the committed OpenAPI document writes it. */
export type Schema = Record<string, any>;

export type Role = 'officer' | 'editor' | 'admin';

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** "POST /api/v1/workspace/projects" */
  key: string;
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Template with {name} placeholders. */
  path: string;
  params: Param[];
  body?: { required: boolean; contentType: string; schema: Schema };
  access: { public: boolean; roles: Role[] };
}

const SPEC_FILE = path.join(import.meta.dirname, '../../../docs/api/openapi.json');

export class Spec {
  readonly doc: Schema;

  constructor(file = SPEC_FILE) {
    this.doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  }

  /** Follows $ref and folds allOf into one schema; the wrapper's own keys (nullable, description) win. */
  resolve(schema: Schema | undefined): Schema {
    if (!schema) return {};
    if (schema.$ref) {
      const name = String(schema.$ref).replace('#/components/schemas/', '');
      const target = this.doc.components.schemas[name];
      if (!target) throw new Error(`unknown schema ${schema.$ref}`);
      const { $ref: _ref, ...rest } = schema;
      return { ...this.resolve(target), ...rest };
    }
    if (Array.isArray(schema.allOf)) {
      const { allOf, ...rest } = schema;
      const merged = (allOf as Schema[]).reduce<Schema>((acc, part) => ({ ...acc, ...this.resolve(part) }), {});
      // A wrapper saying type: object around an enum $ref is swagger noise: the enum decides.
      if (merged.enum && rest.type === 'object') delete rest.type;
      return { ...merged, ...rest };
    }
    return schema;
  }

  operations(): Operation[] {
    const out: Operation[] = [];
    for (const [template, item] of Object.entries<Schema>(this.doc.paths)) {
      for (const [method, op] of Object.entries<Schema>(item)) {
        const content = op.requestBody?.content as Schema | undefined;
        const contentType = content ? Object.keys(content)[0] : undefined;
        out.push({
          key: `${method.toUpperCase()} ${template}`,
          operationId: op.operationId,
          method: method as Operation['method'],
          path: template,
          params: (op.parameters ?? []).map((p: Schema) => ({ name: p.name, in: p.in, required: !!p.required, schema: this.resolve(p.schema) })),
          body: contentType ? { required: !!op.requestBody.required, contentType, schema: this.resolve(content![contentType].schema) } : undefined,
          access: { public: !!op['x-access']?.public, roles: op['x-access']?.roles ?? [] },
        });
      }
    }
    return out;
  }
}
