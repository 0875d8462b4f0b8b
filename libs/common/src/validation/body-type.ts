import { Type } from '@nestjs/common';

/**
 * The validation pipe learns a body's class from the parameter types TypeScript records; in a
 * controller built by a factory those say `Object`, so the DTO class is recorded here instead.
 * `leading` lists the types of the parameters before the body (the path id).
 */
export function BodyType(dto: Type<unknown>, ...leading: Array<Type<unknown>>): MethodDecorator {
  return (target, propertyKey) => {
    Reflect.defineMetadata('design:paramtypes', [...leading, dto], target, propertyKey);
  };
}
