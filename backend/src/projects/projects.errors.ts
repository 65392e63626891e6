import { FieldError } from '../common/errors.js';

export class OutsideProvinceError extends FieldError {
  constructor(field: string) {
    super(field, `${field} lies outside the province`);
  }
}

export class BadLandPlotError extends FieldError {
  constructor(reason: string) {
    super('landPlot', `landPlot ${reason}`);
  }
}
