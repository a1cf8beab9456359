/** The shape of one API operation, as the OpenAPI builder takes it. */
import type { z } from "zod";

export interface ParamSpec {
  name: string;
  description?: string;
  schema?: z.ZodType;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
}

export interface OperationSpec {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI form, with {braces}: /api/v1/requests/{number}. */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** Query parameters: each key of the object is one parameter. */
  query?: z.ZodObject;
  /** Path parameters, in the order of the path. */
  params?: ParamSpec[];
  headers?: ParamSpec[];
  /** A JSON request body. */
  body?: z.ZodType;
  responses: Record<string, ResponseSpec>;
  /** Names of security schemes (any one suffices); omitted: public. */
  security?: string[];
}
