import type { Indicator } from "../../data/schema";
import { lazyIndex } from "./lazyIndex";

/** The dataset's indicators by id: conversion factors, concentration thresholds and other cited figures. */
export const indicatorsById = lazyIndex(
  (dataset): ReadonlyMap<string, Indicator> => new Map(dataset.indicators.map((i) => [i.id, i]))
);
