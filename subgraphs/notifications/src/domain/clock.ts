/** The time source of the delivery worker, passed in so that tests can move time forward instead of waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
