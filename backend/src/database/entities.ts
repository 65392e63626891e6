import { Department } from '../departments/department.entity.js';

/** Every entity, listed explicitly (ESM has no reliable glob loading). */
export const ENTITIES = [Department];
