/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { JsonValue } from '../scalars.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A filter to be used against aggregates of `ActivityNotification` object types. */
export type ActivityNotificationAggregatesFilter = {
  /** Distinct count aggregate over matching `ActivityNotification` objects. */
  distinctCount?: ActivityNotificationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ActivityNotification` object to be included within the aggregate. */
  filter?: ActivityNotificationFilter | null | undefined;
};

export type ActivityNotificationDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  domain?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  subjectId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ActivityNotification` object types. All fields are combined with a logical ‘and.’ */
export type ActivityNotificationFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ActivityNotificationFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `domain` field. */
  domain?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: ActivityNotificationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ActivityNotificationFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `subjectId` field. */
  subjectId?: UuidFilter | null | undefined;
};

/** A filter to be used against `AdIntegration` object types. All fields are combined with a logical ‘and.’ */
export type AdIntegrationFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AdIntegrationFilter> | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadsByIntegrationId` relation. */
  leadsByIntegrationId?: AdIntegrationToManyLeadFilter | null | undefined;
  /** Some related `leadsByIntegrationId` exist. */
  leadsByIntegrationIdExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: AdIntegrationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AdIntegrationFilter> | null | undefined;
  /** Filter by the object’s `platform` field. */
  platform?: PlatformTypeFilter | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `Lead` object types. All fields are combined with a logical ‘and.’ */
export type AdIntegrationToManyLeadFilter = {
  /** Aggregates across related `Lead` match the filter criteria. */
  aggregates?: LeadAggregatesFilter | null | undefined;
  /** Every related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadFilter | null | undefined;
  /** No related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadFilter | null | undefined;
  /** Some related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadFilter | null | undefined;
};

/** A filter to be used against BigFloat fields. All fields are combined with a logical ‘and.’ */
export type BigFloatFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against BigInt fields. All fields are combined with a logical ‘and.’ */
export type BigIntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against Boolean fields. All fields are combined with a logical ‘and.’ */
export type BooleanFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: boolean | null | undefined;
  /** Equal to the specified value. */
  equalTo?: boolean | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: boolean | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: boolean | null | undefined;
  /** Included in the specified list. */
  in?: Array<boolean> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: boolean | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: boolean | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: boolean | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: boolean | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<boolean> | null | undefined;
};

/** A filter to be used against aggregates of `CmsContent` object types. */
export type CmsContentAggregatesFilter = {
  /** Distinct count aggregate over matching `CmsContent` objects. */
  distinctCount?: CmsContentDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `CmsContent` object to be included within the aggregate. */
  filter?: CmsContentFilter | null | undefined;
};

export type CmsContentDistinctCountAggregateFilter = {
  bucket?: BigIntFilter | null | undefined;
  contentType?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  createdBy?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  path?: BigIntFilter | null | undefined;
  publishedAt?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `CmsContent` object types. All fields are combined with a logical ‘and.’ */
export type CmsContentFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<CmsContentFilter> | null | undefined;
  /** Filter by the object’s `bucket` field. */
  bucket?: StringFilter | null | undefined;
  /** Filter by the object’s `contentType` field. */
  contentType?: StringFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: CmsContentFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<CmsContentFilter> | null | undefined;
  /** Filter by the object’s `path` field. */
  path?: StringFilter | null | undefined;
  /** Filter by the object’s `profileByCreatedBy` relation. */
  profileByCreatedBy?: ProfileFilter | null | undefined;
  /** A related `profileByCreatedBy` exists. */
  profileByCreatedByExists?: boolean | null | undefined;
  /** Filter by the object’s `publishedAt` field. */
  publishedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
};

/** Represents an update to a `CommunicationTemplate`. Fields that are set will be updated. */
export type CommunicationTemplatePatch = {
  /** Template text with {{variable}} placeholders: HTML for e-mail, plain text for SMS. */
  body?: string | null | undefined;
  /** email or sms. */
  channel?: string | null | undefined;
  /** When the template was created. */
  createdAt?: string | null | undefined;
  /** Template id (the legacy row id). */
  id?: string | null | undefined;
  /** Stable name the sending code looks the template up by (unique per channel), e.g. otp_code. */
  key?: string | null | undefined;
  /** Id of the legacy row. */
  legacyId?: string | null | undefined;
  /** templates_email or templates_sms for migrated rows; null for new ones. */
  legacyTable?: string | null | undefined;
  /** Human-readable name shown in the admin console. */
  name?: string | null | undefined;
  /** active, inactive, draft or archived; only active templates are sent. */
  status?: string | null | undefined;
  /** E-mail subject line (e-mail only; null for SMS). */
  subject?: string | null | undefined;
  /** When the template last changed. */
  updatedAt?: string | null | undefined;
  /** Names of the placeholders the body and subject use. */
  variables?: Array<string | null | undefined> | null | undefined;
};

/** A filter to be used against Datetime fields. All fields are combined with a logical ‘and.’ */
export type DatetimeFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against Int fields. All fields are combined with a logical ‘and.’ */
export type IntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: number | null | undefined;
  /** Equal to the specified value. */
  equalTo?: number | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: number | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: number | null | undefined;
  /** Included in the specified list. */
  in?: Array<number> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: number | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: number | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: number | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: number | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<number> | null | undefined;
};

/** A filter to be used against aggregates of `InventoryItem` object types. */
export type InventoryItemAggregatesFilter = {
  /** Mean average aggregate over matching `InventoryItem` objects. */
  average?: InventoryItemAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `InventoryItem` objects. */
  distinctCount?: InventoryItemDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `InventoryItem` object to be included within the aggregate. */
  filter?: InventoryItemFilter | null | undefined;
  /** Maximum aggregate over matching `InventoryItem` objects. */
  max?: InventoryItemMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `InventoryItem` objects. */
  min?: InventoryItemMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `InventoryItem` objects. */
  stddevPopulation?: InventoryItemStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `InventoryItem` objects. */
  stddevSample?: InventoryItemStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `InventoryItem` objects. */
  sum?: InventoryItemSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `InventoryItem` objects. */
  variancePopulation?: InventoryItemVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `InventoryItem` objects. */
  varianceSample?: InventoryItemVarianceSampleAggregateFilter | null | undefined;
};

export type InventoryItemAverageAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigFloatFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemDistinctCountAggregateFilter = {
  area?: BigIntFilter | null | undefined;
  compound?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  developer?: BigIntFilter | null | undefined;
  finishing?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  isLaunch?: BigIntFilter | null | undefined;
  numberOfBedrooms?: BigIntFilter | null | undefined;
  priceInEgp?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  propertyType?: BigIntFilter | null | undefined;
  saleType?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  unitId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `InventoryItem` object types. All fields are combined with a logical ‘and.’ */
export type InventoryItemFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<InventoryItemFilter> | null | undefined;
  /** Filter by the object’s `area` field. */
  area?: StringFilter | null | undefined;
  /** Filter by the object’s `compound` field. */
  compound?: StringFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `developer` field. */
  developer?: StringFilter | null | undefined;
  /** Filter by the object’s `finishing` field. */
  finishing?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: BigIntFilter | null | undefined;
  /** Filter by the object’s `isLaunch` field. */
  isLaunch?: BooleanFilter | null | undefined;
  /** Negates the expression. */
  not?: InventoryItemFilter | null | undefined;
  /** Filter by the object’s `numberOfBedrooms` field. */
  numberOfBedrooms?: IntFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InventoryItemFilter> | null | undefined;
  /** Filter by the object’s `priceInEgp` field. */
  priceInEgp?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** A related `project` exists. */
  projectExists?: boolean | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `propertyType` field. */
  propertyType?: StringFilter | null | undefined;
  /** Filter by the object’s `saleType` field. */
  saleType?: StringFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `unitId` field. */
  unitId?: StringFilter | null | undefined;
};

export type InventoryItemMaxAggregateFilter = {
  id?: BigIntFilter | null | undefined;
  numberOfBedrooms?: IntFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemMinAggregateFilter = {
  id?: BigIntFilter | null | undefined;
  numberOfBedrooms?: IntFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

/** Methods to use when ordering `InventoryItem`. */
export const InventoryItemOrderBy = {
  AreaAsc: 'AREA_ASC',
  AreaDesc: 'AREA_DESC',
  CompoundAsc: 'COMPOUND_ASC',
  CompoundDesc: 'COMPOUND_DESC',
  CreatedAtAsc: 'CREATED_AT_ASC',
  CreatedAtDesc: 'CREATED_AT_DESC',
  DeveloperAsc: 'DEVELOPER_ASC',
  DeveloperDesc: 'DEVELOPER_DESC',
  FinishingAsc: 'FINISHING_ASC',
  FinishingDesc: 'FINISHING_DESC',
  IdAsc: 'ID_ASC',
  IdDesc: 'ID_DESC',
  IsLaunchAsc: 'IS_LAUNCH_ASC',
  IsLaunchDesc: 'IS_LAUNCH_DESC',
  Natural: 'NATURAL',
  NumberOfBedroomsAsc: 'NUMBER_OF_BEDROOMS_ASC',
  NumberOfBedroomsDesc: 'NUMBER_OF_BEDROOMS_DESC',
  PriceInEgpAsc: 'PRICE_IN_EGP_ASC',
  PriceInEgpDesc: 'PRICE_IN_EGP_DESC',
  PrimaryKeyAsc: 'PRIMARY_KEY_ASC',
  PrimaryKeyDesc: 'PRIMARY_KEY_DESC',
  ProjectIdAsc: 'PROJECT_ID_ASC',
  ProjectIdDesc: 'PROJECT_ID_DESC',
  PropertyTypeAsc: 'PROPERTY_TYPE_ASC',
  PropertyTypeDesc: 'PROPERTY_TYPE_DESC',
  SaleTypeAsc: 'SALE_TYPE_ASC',
  SaleTypeDesc: 'SALE_TYPE_DESC',
  StatusAsc: 'STATUS_ASC',
  StatusDesc: 'STATUS_DESC',
  UnitIdAsc: 'UNIT_ID_ASC',
  UnitIdDesc: 'UNIT_ID_DESC'
} as const;

export type InventoryItemOrderBy = typeof InventoryItemOrderBy[keyof typeof InventoryItemOrderBy];
export type InventoryItemStddevPopulationAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigFloatFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemStddevSampleAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigFloatFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemSumAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigIntFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemVariancePopulationAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigFloatFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

export type InventoryItemVarianceSampleAggregateFilter = {
  id?: BigFloatFilter | null | undefined;
  numberOfBedrooms?: BigFloatFilter | null | undefined;
  priceInEgp?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `InventoryOrder` object types. */
export type InventoryOrderAggregatesFilter = {
  /** Mean average aggregate over matching `InventoryOrder` objects. */
  average?: InventoryOrderAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `InventoryOrder` objects. */
  distinctCount?: InventoryOrderDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `InventoryOrder` object to be included within the aggregate. */
  filter?: InventoryOrderFilter | null | undefined;
  /** Maximum aggregate over matching `InventoryOrder` objects. */
  max?: InventoryOrderMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `InventoryOrder` objects. */
  min?: InventoryOrderMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `InventoryOrder` objects. */
  stddevPopulation?: InventoryOrderStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `InventoryOrder` objects. */
  stddevSample?: InventoryOrderStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `InventoryOrder` objects. */
  sum?: InventoryOrderSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `InventoryOrder` objects. */
  variancePopulation?: InventoryOrderVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `InventoryOrder` objects. */
  varianceSample?: InventoryOrderVarianceSampleAggregateFilter | null | undefined;
};

export type InventoryOrderAverageAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigFloatFilter | null | undefined;
};

export type InventoryOrderDistinctCountAggregateFilter = {
  adminNotes?: BigIntFilter | null | undefined;
  amount?: BigIntFilter | null | undefined;
  approvedAt?: BigIntFilter | null | undefined;
  approvedBy?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  currency?: BigIntFilter | null | undefined;
  fulfilledAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyData?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyStatus?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  notes?: BigIntFilter | null | undefined;
  paymentMethod?: BigIntFilter | null | undefined;
  paymentReference?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  projectName?: BigIntFilter | null | undefined;
  quantity?: BigIntFilter | null | undefined;
  receiptFileName?: BigIntFilter | null | undefined;
  receiptUrl?: BigIntFilter | null | undefined;
  rejectedAt?: BigIntFilter | null | undefined;
  rejectedReason?: BigIntFilter | null | undefined;
  source?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  transactionType?: BigIntFilter | null | undefined;
  updatedAt?: BigIntFilter | null | undefined;
};

/** A filter to be used against `InventoryOrder` object types. All fields are combined with a logical ‘and.’ */
export type InventoryOrderFilter = {
  /** Filter by the object’s `adminNotes` field. */
  adminNotes?: StringFilter | null | undefined;
  /** Filter by the object’s `amount` field. */
  amount?: BigFloatFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<InventoryOrderFilter> | null | undefined;
  /** Filter by the object’s `approvedAt` field. */
  approvedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `approvedBy` field. */
  approvedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `currency` field. */
  currency?: StringFilter | null | undefined;
  /** Filter by the object’s `fulfilledAt` field. */
  fulfilledAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyStatus` field. */
  legacyStatus?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: InventoryOrderFilter | null | undefined;
  /** Filter by the object’s `notes` field. */
  notes?: StringFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InventoryOrderFilter> | null | undefined;
  /** Filter by the object’s `paymentMethod` field. */
  paymentMethod?: StringFilter | null | undefined;
  /** Filter by the object’s `paymentReference` field. */
  paymentReference?: StringFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** A related `project` exists. */
  projectExists?: boolean | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `projectName` field. */
  projectName?: StringFilter | null | undefined;
  /** Filter by the object’s `quantity` field. */
  quantity?: IntFilter | null | undefined;
  /** Filter by the object’s `receiptFileName` field. */
  receiptFileName?: StringFilter | null | undefined;
  /** Filter by the object’s `receiptUrl` field. */
  receiptUrl?: StringFilter | null | undefined;
  /** Filter by the object’s `rejectedAt` field. */
  rejectedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `rejectedReason` field. */
  rejectedReason?: StringFilter | null | undefined;
  /** Filter by the object’s `source` field. */
  source?: StringFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `transactionType` field. */
  transactionType?: StringFilter | null | undefined;
  /** Filter by the object’s `updatedAt` field. */
  updatedAt?: DatetimeFilter | null | undefined;
};

export type InventoryOrderMaxAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: IntFilter | null | undefined;
};

export type InventoryOrderMinAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: IntFilter | null | undefined;
};

export type InventoryOrderStddevPopulationAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigFloatFilter | null | undefined;
};

export type InventoryOrderStddevSampleAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigFloatFilter | null | undefined;
};

export type InventoryOrderSumAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigIntFilter | null | undefined;
};

export type InventoryOrderVariancePopulationAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigFloatFilter | null | undefined;
};

export type InventoryOrderVarianceSampleAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
  quantity?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `InventoryPartnerCommission` object types. */
export type InventoryPartnerCommissionAggregatesFilter = {
  /** Distinct count aggregate over matching `InventoryPartnerCommission` objects. */
  distinctCount?: InventoryPartnerCommissionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `InventoryPartnerCommission` object to be included within the aggregate. */
  filter?: InventoryPartnerCommissionFilter | null | undefined;
};

export type InventoryPartnerCommissionDistinctCountAggregateFilter = {
  id?: BigIntFilter | null | undefined;
  isActive?: BigIntFilter | null | undefined;
  partnerId?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `InventoryPartnerCommission` object types. All fields are combined with a logical ‘and.’ */
export type InventoryPartnerCommissionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<InventoryPartnerCommissionFilter> | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `isActive` field. */
  isActive?: BooleanFilter | null | undefined;
  /** Negates the expression. */
  not?: InventoryPartnerCommissionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InventoryPartnerCommissionFilter> | null | undefined;
  /** Filter by the object’s `partner` relation. */
  partner?: InventoryPartnerFilter | null | undefined;
  /** Filter by the object’s `partnerId` field. */
  partnerId?: UuidFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
};

/** A filter to be used against `InventoryPartner` object types. All fields are combined with a logical ‘and.’ */
export type InventoryPartnerFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<InventoryPartnerFilter> | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `inventoryPartnerCommissionsByPartnerId` relation. */
  inventoryPartnerCommissionsByPartnerId?: InventoryPartnerToManyInventoryPartnerCommissionFilter | null | undefined;
  /** Some related `inventoryPartnerCommissionsByPartnerId` exist. */
  inventoryPartnerCommissionsByPartnerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: InventoryPartnerFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InventoryPartnerFilter> | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
};

/** A filter to be used against many `InventoryPartnerCommission` object types. All fields are combined with a logical ‘and.’ */
export type InventoryPartnerToManyInventoryPartnerCommissionFilter = {
  /** Aggregates across related `InventoryPartnerCommission` match the filter criteria. */
  aggregates?: InventoryPartnerCommissionAggregatesFilter | null | undefined;
  /** Every related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InventoryPartnerCommissionFilter | null | undefined;
  /** No related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InventoryPartnerCommissionFilter | null | undefined;
  /** Some related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InventoryPartnerCommissionFilter | null | undefined;
};

/** A filter to be used against `InventoryProject` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<InventoryProjectFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `developer` field. */
  developer?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `inventoryItemsByProjectId` relation. */
  inventoryItemsByProjectId?: InventoryProjectToManyInventoryItemFilter | null | undefined;
  /** Some related `inventoryItemsByProjectId` exist. */
  inventoryItemsByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `inventoryOrdersByProjectId` relation. */
  inventoryOrdersByProjectId?: InventoryProjectToManyInventoryOrderFilter | null | undefined;
  /** Some related `inventoryOrdersByProjectId` exist. */
  inventoryOrdersByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `inventoryPartnerCommissionsByProjectId` relation. */
  inventoryPartnerCommissionsByProjectId?: InventoryProjectToManyInventoryPartnerCommissionFilter | null | undefined;
  /** Some related `inventoryPartnerCommissionsByProjectId` exist. */
  inventoryPartnerCommissionsByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadBatchesByProjectId` relation. */
  leadBatchesByProjectId?: InventoryProjectToManyLeadBatchFilter | null | undefined;
  /** Some related `leadBatchesByProjectId` exist. */
  leadBatchesByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransactionsByProjectId` relation. */
  leadTransactionsByProjectId?: InventoryProjectToManyLeadTransactionFilter | null | undefined;
  /** Some related `leadTransactionsByProjectId` exist. */
  leadTransactionsByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByProjectId` relation. */
  leadsByProjectId?: InventoryProjectToManyLeadFilter | null | undefined;
  /** Some related `leadsByProjectId` exist. */
  leadsByProjectIdExist?: boolean | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: InventoryProjectFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InventoryProjectFilter> | null | undefined;
  /** Filter by the object’s `region` field. */
  region?: StringFilter | null | undefined;
};

/** A filter to be used against many `InventoryItem` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyInventoryItemFilter = {
  /** Aggregates across related `InventoryItem` match the filter criteria. */
  aggregates?: InventoryItemAggregatesFilter | null | undefined;
  /** Every related `InventoryItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InventoryItemFilter | null | undefined;
  /** No related `InventoryItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InventoryItemFilter | null | undefined;
  /** Some related `InventoryItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InventoryItemFilter | null | undefined;
};

/** A filter to be used against many `InventoryOrder` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyInventoryOrderFilter = {
  /** Aggregates across related `InventoryOrder` match the filter criteria. */
  aggregates?: InventoryOrderAggregatesFilter | null | undefined;
  /** Every related `InventoryOrder` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InventoryOrderFilter | null | undefined;
  /** No related `InventoryOrder` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InventoryOrderFilter | null | undefined;
  /** Some related `InventoryOrder` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InventoryOrderFilter | null | undefined;
};

/** A filter to be used against many `InventoryPartnerCommission` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyInventoryPartnerCommissionFilter = {
  /** Aggregates across related `InventoryPartnerCommission` match the filter criteria. */
  aggregates?: InventoryPartnerCommissionAggregatesFilter | null | undefined;
  /** Every related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InventoryPartnerCommissionFilter | null | undefined;
  /** No related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InventoryPartnerCommissionFilter | null | undefined;
  /** Some related `InventoryPartnerCommission` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InventoryPartnerCommissionFilter | null | undefined;
};

/** A filter to be used against many `LeadBatch` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyLeadBatchFilter = {
  /** Aggregates across related `LeadBatch` match the filter criteria. */
  aggregates?: LeadBatchAggregatesFilter | null | undefined;
  /** Every related `LeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadBatchFilter | null | undefined;
  /** No related `LeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadBatchFilter | null | undefined;
  /** Some related `LeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadBatchFilter | null | undefined;
};

/** A filter to be used against many `Lead` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyLeadFilter = {
  /** Aggregates across related `Lead` match the filter criteria. */
  aggregates?: LeadAggregatesFilter | null | undefined;
  /** Every related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadFilter | null | undefined;
  /** No related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadFilter | null | undefined;
  /** Some related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadFilter | null | undefined;
};

/** A filter to be used against many `LeadTransaction` object types. All fields are combined with a logical ‘and.’ */
export type InventoryProjectToManyLeadTransactionFilter = {
  /** Aggregates across related `LeadTransaction` match the filter criteria. */
  aggregates?: LeadTransactionAggregatesFilter | null | undefined;
  /** Every related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransactionFilter | null | undefined;
  /** No related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransactionFilter | null | undefined;
  /** Some related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransactionFilter | null | undefined;
};

/** A filter to be used against aggregates of `Lead` object types. */
export type LeadAggregatesFilter = {
  /** Distinct count aggregate over matching `Lead` objects. */
  distinctCount?: LeadDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Lead` object to be included within the aggregate. */
  filter?: LeadFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadBatch` object types. */
export type LeadBatchAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadBatch` objects. */
  distinctCount?: LeadBatchDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadBatch` object to be included within the aggregate. */
  filter?: LeadBatchFilter | null | undefined;
};

export type LeadBatchDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  uploadUserId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadBatch` object types. All fields are combined with a logical ‘and.’ */
export type LeadBatchFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadBatchFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadTransactionsByBatchId` relation. */
  leadTransactionsByBatchId?: LeadBatchToManyLeadTransactionFilter | null | undefined;
  /** Some related `leadTransactionsByBatchId` exist. */
  leadTransactionsByBatchIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByBatchId` relation. */
  leadsByBatchId?: LeadBatchToManyLeadFilter | null | undefined;
  /** Some related `leadsByBatchId` exist. */
  leadsByBatchIdExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: LeadBatchFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadBatchFilter> | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `uploadUserId` field. */
  uploadUserId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `Lead` object types. All fields are combined with a logical ‘and.’ */
export type LeadBatchToManyLeadFilter = {
  /** Aggregates across related `Lead` match the filter criteria. */
  aggregates?: LeadAggregatesFilter | null | undefined;
  /** Every related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadFilter | null | undefined;
  /** No related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadFilter | null | undefined;
  /** Some related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadFilter | null | undefined;
};

/** A filter to be used against many `LeadTransaction` object types. All fields are combined with a logical ‘and.’ */
export type LeadBatchToManyLeadTransactionFilter = {
  /** Aggregates across related `LeadTransaction` match the filter criteria. */
  aggregates?: LeadTransactionAggregatesFilter | null | undefined;
  /** Every related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransactionFilter | null | undefined;
  /** No related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransactionFilter | null | undefined;
  /** Some related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransactionFilter | null | undefined;
};

export type LeadDistinctCountAggregateFilter = {
  assignedToId?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  buyerUserId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  integrationId?: BigIntFilter | null | undefined;
  isSold?: BigIntFilter | null | undefined;
  ownerId?: BigIntFilter | null | undefined;
  platform?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  stage?: BigIntFilter | null | undefined;
  uploadUserId?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadEvent` object types. */
export type LeadEventAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadEvent` objects. */
  distinctCount?: LeadEventDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadEvent` object to be included within the aggregate. */
  filter?: LeadEventFilter | null | undefined;
};

export type LeadEventDistinctCountAggregateFilter = {
  actorProfileId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  eventType?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadEvent` object types. All fields are combined with a logical ‘and.’ */
export type LeadEventFilter = {
  /** Filter by the object’s `actorCard` relation. */
  actorCard?: ProfileCardFilter | null | undefined;
  /** A related `actorCard` exists. */
  actorCardExists?: boolean | null | undefined;
  /** Filter by the object’s `actorProfile` relation. */
  actorProfile?: ProfileFilter | null | undefined;
  /** A related `actorProfile` exists. */
  actorProfileExists?: boolean | null | undefined;
  /** Filter by the object’s `actorProfileId` field. */
  actorProfileId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<LeadEventFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `eventType` field. */
  eventType?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadEventFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadEventFilter> | null | undefined;
};

/** A filter to be used against `Lead` object types. All fields are combined with a logical ‘and.’ */
export type LeadFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadFilter> | null | undefined;
  /** Filter by the object’s `assignedTo` relation. */
  assignedTo?: ProfileFilter | null | undefined;
  /** A related `assignedTo` exists. */
  assignedToExists?: boolean | null | undefined;
  /** Filter by the object’s `assignedToId` field. */
  assignedToId?: UuidFilter | null | undefined;
  /** Filter by the object’s `assigneeCard` relation. */
  assigneeCard?: ProfileCardFilter | null | undefined;
  /** A related `assigneeCard` exists. */
  assigneeCardExists?: boolean | null | undefined;
  /** Filter by the object’s `batch` relation. */
  batch?: LeadBatchFilter | null | undefined;
  /** A related `batch` exists. */
  batchExists?: boolean | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: UuidFilter | null | undefined;
  /** Filter by the object’s `buyerCard` relation. */
  buyerCard?: ProfileCardFilter | null | undefined;
  /** A related `buyerCard` exists. */
  buyerCardExists?: boolean | null | undefined;
  /** Filter by the object’s `buyerUser` relation. */
  buyerUser?: ProfileFilter | null | undefined;
  /** A related `buyerUser` exists. */
  buyerUserExists?: boolean | null | undefined;
  /** Filter by the object’s `buyerUserId` field. */
  buyerUserId?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `integration` relation. */
  integration?: AdIntegrationFilter | null | undefined;
  /** A related `integration` exists. */
  integrationExists?: boolean | null | undefined;
  /** Filter by the object’s `integrationId` field. */
  integrationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `isSold` field. */
  isSold?: BooleanFilter | null | undefined;
  /** Filter by the object’s `leadEvents` relation. */
  leadEvents?: LeadToManyLeadEventFilter | null | undefined;
  /** Some related `leadEvents` exist. */
  leadEventsExist?: boolean | null | undefined;
  /** Filter by the object’s `leadLabels` relation. */
  leadLabels?: LeadToManyLeadLabelFilter | null | undefined;
  /** Some related `leadLabels` exist. */
  leadLabelsExist?: boolean | null | undefined;
  /** Filter by the object’s `leadPurchaseItem` relation. */
  leadPurchaseItem?: LeadPurchaseItemFilter | null | undefined;
  /** A related `leadPurchaseItem` exists. */
  leadPurchaseItemExists?: boolean | null | undefined;
  /** Filter by the object’s `leadRecommendations` relation. */
  leadRecommendations?: LeadToManyLeadRecommendationFilter | null | undefined;
  /** Some related `leadRecommendations` exist. */
  leadRecommendationsExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTasks` relation. */
  leadTasks?: LeadToManyLeadTaskFilter | null | undefined;
  /** Some related `leadTasks` exist. */
  leadTasksExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransactions` relation. */
  leadTransactions?: LeadToManyLeadTransactionFilter | null | undefined;
  /** Some related `leadTransactions` exist. */
  leadTransactionsExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransfers` relation. */
  leadTransfers?: LeadToManyLeadTransferFilter | null | undefined;
  /** Some related `leadTransfers` exist. */
  leadTransfersExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: LeadFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadFilter> | null | undefined;
  /** Filter by the object’s `owner` relation. */
  owner?: ProfileFilter | null | undefined;
  /** Filter by the object’s `ownerCard` relation. */
  ownerCard?: ProfileCardFilter | null | undefined;
  /** A related `ownerCard` exists. */
  ownerCardExists?: boolean | null | undefined;
  /** A related `owner` exists. */
  ownerExists?: boolean | null | undefined;
  /** Filter by the object’s `ownerId` field. */
  ownerId?: UuidFilter | null | undefined;
  /** Filter by the object’s `platform` field. */
  platform?: PlatformTypeFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `stage` field. */
  stage?: LeadStageFilter | null | undefined;
  /** Filter by the object’s `uploadUser` relation. */
  uploadUser?: ProfileFilter | null | undefined;
  /** A related `uploadUser` exists. */
  uploadUserExists?: boolean | null | undefined;
  /** Filter by the object’s `uploadUserId` field. */
  uploadUserId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadLabel` object types. */
export type LeadLabelAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadLabel` objects. */
  distinctCount?: LeadLabelDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadLabel` object to be included within the aggregate. */
  filter?: LeadLabelFilter | null | undefined;
};

export type LeadLabelDistinctCountAggregateFilter = {
  appliedBy?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadLabel` object types. All fields are combined with a logical ‘and.’ */
export type LeadLabelFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadLabelFilter> | null | undefined;
  /** Filter by the object’s `appliedBy` field. */
  appliedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadLabelFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadLabelFilter> | null | undefined;
  /** Filter by the object’s `profileByAppliedBy` relation. */
  profileByAppliedBy?: ProfileFilter | null | undefined;
  /** A related `profileByAppliedBy` exists. */
  profileByAppliedByExists?: boolean | null | undefined;
};

/** Methods to use when ordering `Lead`. */
export const LeadOrderBy = {
  AssignedToIdAsc: 'ASSIGNED_TO_ID_ASC',
  AssignedToIdDesc: 'ASSIGNED_TO_ID_DESC',
  BatchIdAsc: 'BATCH_ID_ASC',
  BatchIdDesc: 'BATCH_ID_DESC',
  BuyerUserIdAsc: 'BUYER_USER_ID_ASC',
  BuyerUserIdDesc: 'BUYER_USER_ID_DESC',
  CreatedAtAsc: 'CREATED_AT_ASC',
  CreatedAtDesc: 'CREATED_AT_DESC',
  IdAsc: 'ID_ASC',
  IdDesc: 'ID_DESC',
  IntegrationIdAsc: 'INTEGRATION_ID_ASC',
  IntegrationIdDesc: 'INTEGRATION_ID_DESC',
  IsSoldAsc: 'IS_SOLD_ASC',
  IsSoldDesc: 'IS_SOLD_DESC',
  LeadEventsCountAsc: 'LEAD_EVENTS_COUNT_ASC',
  LeadEventsCountDesc: 'LEAD_EVENTS_COUNT_DESC',
  LeadEventsDistinctCountActorProfileIdAsc: 'LEAD_EVENTS_DISTINCT_COUNT_ACTOR_PROFILE_ID_ASC',
  LeadEventsDistinctCountActorProfileIdDesc: 'LEAD_EVENTS_DISTINCT_COUNT_ACTOR_PROFILE_ID_DESC',
  LeadEventsDistinctCountCreatedAtAsc: 'LEAD_EVENTS_DISTINCT_COUNT_CREATED_AT_ASC',
  LeadEventsDistinctCountCreatedAtDesc: 'LEAD_EVENTS_DISTINCT_COUNT_CREATED_AT_DESC',
  LeadEventsDistinctCountEventTypeAsc: 'LEAD_EVENTS_DISTINCT_COUNT_EVENT_TYPE_ASC',
  LeadEventsDistinctCountEventTypeDesc: 'LEAD_EVENTS_DISTINCT_COUNT_EVENT_TYPE_DESC',
  LeadEventsDistinctCountIdAsc: 'LEAD_EVENTS_DISTINCT_COUNT_ID_ASC',
  LeadEventsDistinctCountIdDesc: 'LEAD_EVENTS_DISTINCT_COUNT_ID_DESC',
  LeadEventsDistinctCountLeadIdAsc: 'LEAD_EVENTS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadEventsDistinctCountLeadIdDesc: 'LEAD_EVENTS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadEventsDistinctCountLegacyIdAsc: 'LEAD_EVENTS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadEventsDistinctCountLegacyIdDesc: 'LEAD_EVENTS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadEventsDistinctCountLegacyTableAsc: 'LEAD_EVENTS_DISTINCT_COUNT_LEGACY_TABLE_ASC',
  LeadEventsDistinctCountLegacyTableDesc: 'LEAD_EVENTS_DISTINCT_COUNT_LEGACY_TABLE_DESC',
  LeadLabelsCountAsc: 'LEAD_LABELS_COUNT_ASC',
  LeadLabelsCountDesc: 'LEAD_LABELS_COUNT_DESC',
  LeadLabelsDistinctCountAppliedByAsc: 'LEAD_LABELS_DISTINCT_COUNT_APPLIED_BY_ASC',
  LeadLabelsDistinctCountAppliedByDesc: 'LEAD_LABELS_DISTINCT_COUNT_APPLIED_BY_DESC',
  LeadLabelsDistinctCountIdAsc: 'LEAD_LABELS_DISTINCT_COUNT_ID_ASC',
  LeadLabelsDistinctCountIdDesc: 'LEAD_LABELS_DISTINCT_COUNT_ID_DESC',
  LeadLabelsDistinctCountLeadIdAsc: 'LEAD_LABELS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadLabelsDistinctCountLeadIdDesc: 'LEAD_LABELS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadLabelsDistinctCountLegacyIdAsc: 'LEAD_LABELS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadLabelsDistinctCountLegacyIdDesc: 'LEAD_LABELS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadRecommendationsCountAsc: 'LEAD_RECOMMENDATIONS_COUNT_ASC',
  LeadRecommendationsCountDesc: 'LEAD_RECOMMENDATIONS_COUNT_DESC',
  LeadRecommendationsDistinctCountCreatedAtAsc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_CREATED_AT_ASC',
  LeadRecommendationsDistinctCountCreatedAtDesc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_CREATED_AT_DESC',
  LeadRecommendationsDistinctCountCreatedByAsc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_CREATED_BY_ASC',
  LeadRecommendationsDistinctCountCreatedByDesc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_CREATED_BY_DESC',
  LeadRecommendationsDistinctCountIdAsc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_ID_ASC',
  LeadRecommendationsDistinctCountIdDesc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_ID_DESC',
  LeadRecommendationsDistinctCountLeadIdAsc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadRecommendationsDistinctCountLeadIdDesc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadRecommendationsDistinctCountLegacyIdAsc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadRecommendationsDistinctCountLegacyIdDesc: 'LEAD_RECOMMENDATIONS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadTasksCountAsc: 'LEAD_TASKS_COUNT_ASC',
  LeadTasksCountDesc: 'LEAD_TASKS_COUNT_DESC',
  LeadTasksDistinctCountAssigneeIdAsc: 'LEAD_TASKS_DISTINCT_COUNT_ASSIGNEE_ID_ASC',
  LeadTasksDistinctCountAssigneeIdDesc: 'LEAD_TASKS_DISTINCT_COUNT_ASSIGNEE_ID_DESC',
  LeadTasksDistinctCountCreatedByAsc: 'LEAD_TASKS_DISTINCT_COUNT_CREATED_BY_ASC',
  LeadTasksDistinctCountCreatedByDesc: 'LEAD_TASKS_DISTINCT_COUNT_CREATED_BY_DESC',
  LeadTasksDistinctCountDueAtAsc: 'LEAD_TASKS_DISTINCT_COUNT_DUE_AT_ASC',
  LeadTasksDistinctCountDueAtDesc: 'LEAD_TASKS_DISTINCT_COUNT_DUE_AT_DESC',
  LeadTasksDistinctCountIdAsc: 'LEAD_TASKS_DISTINCT_COUNT_ID_ASC',
  LeadTasksDistinctCountIdDesc: 'LEAD_TASKS_DISTINCT_COUNT_ID_DESC',
  LeadTasksDistinctCountLeadIdAsc: 'LEAD_TASKS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadTasksDistinctCountLeadIdDesc: 'LEAD_TASKS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadTasksDistinctCountLegacyIdAsc: 'LEAD_TASKS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadTasksDistinctCountLegacyIdDesc: 'LEAD_TASKS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadTasksDistinctCountLegacyTableAsc: 'LEAD_TASKS_DISTINCT_COUNT_LEGACY_TABLE_ASC',
  LeadTasksDistinctCountLegacyTableDesc: 'LEAD_TASKS_DISTINCT_COUNT_LEGACY_TABLE_DESC',
  LeadTasksDistinctCountStatusAsc: 'LEAD_TASKS_DISTINCT_COUNT_STATUS_ASC',
  LeadTasksDistinctCountStatusDesc: 'LEAD_TASKS_DISTINCT_COUNT_STATUS_DESC',
  LeadTransactionsCountAsc: 'LEAD_TRANSACTIONS_COUNT_ASC',
  LeadTransactionsCountDesc: 'LEAD_TRANSACTIONS_COUNT_DESC',
  LeadTransactionsDistinctCountApprovedByAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_APPROVED_BY_ASC',
  LeadTransactionsDistinctCountApprovedByDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_APPROVED_BY_DESC',
  LeadTransactionsDistinctCountBatchIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_BATCH_ID_ASC',
  LeadTransactionsDistinctCountBatchIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_BATCH_ID_DESC',
  LeadTransactionsDistinctCountCreatedAtAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_CREATED_AT_ASC',
  LeadTransactionsDistinctCountCreatedAtDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_CREATED_AT_DESC',
  LeadTransactionsDistinctCountIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_ID_ASC',
  LeadTransactionsDistinctCountIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_ID_DESC',
  LeadTransactionsDistinctCountLeadIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadTransactionsDistinctCountLeadIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadTransactionsDistinctCountLegacyIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadTransactionsDistinctCountLegacyIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadTransactionsDistinctCountLegacyTableAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEGACY_TABLE_ASC',
  LeadTransactionsDistinctCountLegacyTableDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_LEGACY_TABLE_DESC',
  LeadTransactionsDistinctCountProfileIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_PROFILE_ID_ASC',
  LeadTransactionsDistinctCountProfileIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_PROFILE_ID_DESC',
  LeadTransactionsDistinctCountProjectIdAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_PROJECT_ID_ASC',
  LeadTransactionsDistinctCountProjectIdDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_PROJECT_ID_DESC',
  LeadTransactionsDistinctCountStatusAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_STATUS_ASC',
  LeadTransactionsDistinctCountStatusDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_STATUS_DESC',
  LeadTransactionsDistinctCountTransactionTypeAsc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_TRANSACTION_TYPE_ASC',
  LeadTransactionsDistinctCountTransactionTypeDesc: 'LEAD_TRANSACTIONS_DISTINCT_COUNT_TRANSACTION_TYPE_DESC',
  LeadTransfersCountAsc: 'LEAD_TRANSFERS_COUNT_ASC',
  LeadTransfersCountDesc: 'LEAD_TRANSFERS_COUNT_DESC',
  LeadTransfersDistinctCountCreatedAtAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_CREATED_AT_ASC',
  LeadTransfersDistinctCountCreatedAtDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_CREATED_AT_DESC',
  LeadTransfersDistinctCountFromProfileIdAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_FROM_PROFILE_ID_ASC',
  LeadTransfersDistinctCountFromProfileIdDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_FROM_PROFILE_ID_DESC',
  LeadTransfersDistinctCountIdAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_ID_ASC',
  LeadTransfersDistinctCountIdDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_ID_DESC',
  LeadTransfersDistinctCountLeadIdAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_LEAD_ID_ASC',
  LeadTransfersDistinctCountLeadIdDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_LEAD_ID_DESC',
  LeadTransfersDistinctCountLegacyIdAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_LEGACY_ID_ASC',
  LeadTransfersDistinctCountLegacyIdDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_LEGACY_ID_DESC',
  LeadTransfersDistinctCountToProfileIdAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_TO_PROFILE_ID_ASC',
  LeadTransfersDistinctCountToProfileIdDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_TO_PROFILE_ID_DESC',
  LeadTransfersDistinctCountTransferredByAsc: 'LEAD_TRANSFERS_DISTINCT_COUNT_TRANSFERRED_BY_ASC',
  LeadTransfersDistinctCountTransferredByDesc: 'LEAD_TRANSFERS_DISTINCT_COUNT_TRANSFERRED_BY_DESC',
  Natural: 'NATURAL',
  OwnerIdAsc: 'OWNER_ID_ASC',
  OwnerIdDesc: 'OWNER_ID_DESC',
  PrimaryKeyAsc: 'PRIMARY_KEY_ASC',
  PrimaryKeyDesc: 'PRIMARY_KEY_DESC',
  ProjectIdAsc: 'PROJECT_ID_ASC',
  ProjectIdDesc: 'PROJECT_ID_DESC',
  UploadUserIdAsc: 'UPLOAD_USER_ID_ASC',
  UploadUserIdDesc: 'UPLOAD_USER_ID_DESC'
} as const;

export type LeadOrderBy = typeof LeadOrderBy[keyof typeof LeadOrderBy];
/** A filter to be used against aggregates of `LeadPurchaseItem` object types. */
export type LeadPurchaseItemAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadPurchaseItem` objects. */
  distinctCount?: LeadPurchaseItemDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadPurchaseItem` object to be included within the aggregate. */
  filter?: LeadPurchaseItemFilter | null | undefined;
};

export type LeadPurchaseItemDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  transactionId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadPurchaseItem` object types. All fields are combined with a logical ‘and.’ */
export type LeadPurchaseItemFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadPurchaseItemFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadPurchaseItemFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadPurchaseItemFilter> | null | undefined;
  /** Filter by the object’s `transaction` relation. */
  transaction?: LeadTransactionFilter | null | undefined;
  /** Filter by the object’s `transactionId` field. */
  transactionId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadRecommendation` object types. */
export type LeadRecommendationAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadRecommendation` objects. */
  distinctCount?: LeadRecommendationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadRecommendation` object to be included within the aggregate. */
  filter?: LeadRecommendationFilter | null | undefined;
};

export type LeadRecommendationDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  createdBy?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type LeadRecommendationFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadRecommendationFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadRecommendationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadRecommendationFilter> | null | undefined;
  /** Filter by the object’s `profileByCreatedBy` relation. */
  profileByCreatedBy?: ProfileFilter | null | undefined;
  /** A related `profileByCreatedBy` exists. */
  profileByCreatedByExists?: boolean | null | undefined;
};

export const LeadStage = {
  CallBack: 'CALL_BACK',
  HotCase: 'HOT_CASE',
  MeetingDone: 'MEETING_DONE',
  NewLead: 'NEW_LEAD',
  NonPotential: 'NON_POTENTIAL',
  NoAnswer: 'NO_ANSWER',
  Potential: 'POTENTIAL',
  Whatsapp: 'WHATSAPP',
  WrongNumber: 'WRONG_NUMBER'
} as const;

export type LeadStage = typeof LeadStage[keyof typeof LeadStage];
/** A filter to be used against LeadStage fields. All fields are combined with a logical ‘and.’ */
export type LeadStageFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: LeadStage | null | undefined;
  /** Equal to the specified value. */
  equalTo?: LeadStage | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: LeadStage | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: LeadStage | null | undefined;
  /** Included in the specified list. */
  in?: Array<LeadStage> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: LeadStage | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: LeadStage | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: LeadStage | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: LeadStage | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<LeadStage> | null | undefined;
};

/** A filter to be used against aggregates of `LeadTask` object types. */
export type LeadTaskAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadTask` objects. */
  distinctCount?: LeadTaskDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadTask` object to be included within the aggregate. */
  filter?: LeadTaskFilter | null | undefined;
};

export type LeadTaskDistinctCountAggregateFilter = {
  assigneeId?: BigIntFilter | null | undefined;
  createdBy?: BigIntFilter | null | undefined;
  dueAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadTask` object types. All fields are combined with a logical ‘and.’ */
export type LeadTaskFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadTaskFilter> | null | undefined;
  /** Filter by the object’s `assignee` relation. */
  assignee?: ProfileFilter | null | undefined;
  /** A related `assignee` exists. */
  assigneeExists?: boolean | null | undefined;
  /** Filter by the object’s `assigneeId` field. */
  assigneeId?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `dueAt` field. */
  dueAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadTaskFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadTaskFilter> | null | undefined;
  /** Filter by the object’s `profileByCreatedBy` relation. */
  profileByCreatedBy?: ProfileFilter | null | undefined;
  /** A related `profileByCreatedBy` exists. */
  profileByCreatedByExists?: boolean | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
};

/** A filter to be used against many `LeadEvent` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadEventFilter = {
  /** Aggregates across related `LeadEvent` match the filter criteria. */
  aggregates?: LeadEventAggregatesFilter | null | undefined;
  /** Every related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadEventFilter | null | undefined;
  /** No related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadEventFilter | null | undefined;
  /** Some related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadEventFilter | null | undefined;
};

/** A filter to be used against many `LeadLabel` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadLabelFilter = {
  /** Aggregates across related `LeadLabel` match the filter criteria. */
  aggregates?: LeadLabelAggregatesFilter | null | undefined;
  /** Every related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadLabelFilter | null | undefined;
  /** No related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadLabelFilter | null | undefined;
  /** Some related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadLabelFilter | null | undefined;
};

/** A filter to be used against many `LeadRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadRecommendationFilter = {
  /** Aggregates across related `LeadRecommendation` match the filter criteria. */
  aggregates?: LeadRecommendationAggregatesFilter | null | undefined;
  /** Every related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadRecommendationFilter | null | undefined;
  /** No related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadRecommendationFilter | null | undefined;
  /** Some related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadRecommendationFilter | null | undefined;
};

/** A filter to be used against many `LeadTask` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadTaskFilter = {
  /** Aggregates across related `LeadTask` match the filter criteria. */
  aggregates?: LeadTaskAggregatesFilter | null | undefined;
  /** Every related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTaskFilter | null | undefined;
  /** No related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTaskFilter | null | undefined;
  /** Some related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTaskFilter | null | undefined;
};

/** A filter to be used against many `LeadTransaction` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadTransactionFilter = {
  /** Aggregates across related `LeadTransaction` match the filter criteria. */
  aggregates?: LeadTransactionAggregatesFilter | null | undefined;
  /** Every related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransactionFilter | null | undefined;
  /** No related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransactionFilter | null | undefined;
  /** Some related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransactionFilter | null | undefined;
};

/** A filter to be used against many `LeadTransfer` object types. All fields are combined with a logical ‘and.’ */
export type LeadToManyLeadTransferFilter = {
  /** Aggregates across related `LeadTransfer` match the filter criteria. */
  aggregates?: LeadTransferAggregatesFilter | null | undefined;
  /** Every related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransferFilter | null | undefined;
  /** No related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransferFilter | null | undefined;
  /** Some related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransferFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadTransaction` object types. */
export type LeadTransactionAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadTransaction` objects. */
  distinctCount?: LeadTransactionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadTransaction` object to be included within the aggregate. */
  filter?: LeadTransactionFilter | null | undefined;
};

export type LeadTransactionDistinctCountAggregateFilter = {
  approvedBy?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  transactionType?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadTransaction` object types. All fields are combined with a logical ‘and.’ */
export type LeadTransactionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadTransactionFilter> | null | undefined;
  /** Filter by the object’s `approvedBy` field. */
  approvedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `batch` relation. */
  batch?: LeadBatchFilter | null | undefined;
  /** A related `batch` exists. */
  batchExists?: boolean | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** A related `lead` exists. */
  leadExists?: boolean | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadPurchaseItemsByTransactionId` relation. */
  leadPurchaseItemsByTransactionId?: LeadTransactionToManyLeadPurchaseItemFilter | null | undefined;
  /** Some related `leadPurchaseItemsByTransactionId` exist. */
  leadPurchaseItemsByTransactionIdExist?: boolean | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadTransactionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadTransactionFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileByApprovedBy` relation. */
  profileByApprovedBy?: ProfileFilter | null | undefined;
  /** A related `profileByApprovedBy` exists. */
  profileByApprovedByExists?: boolean | null | undefined;
  /** A related `profile` exists. */
  profileExists?: boolean | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: InventoryProjectFilter | null | undefined;
  /** A related `project` exists. */
  projectExists?: boolean | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `transactionType` field. */
  transactionType?: StringFilter | null | undefined;
};

/** A filter to be used against many `LeadPurchaseItem` object types. All fields are combined with a logical ‘and.’ */
export type LeadTransactionToManyLeadPurchaseItemFilter = {
  /** Aggregates across related `LeadPurchaseItem` match the filter criteria. */
  aggregates?: LeadPurchaseItemAggregatesFilter | null | undefined;
  /** Every related `LeadPurchaseItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadPurchaseItemFilter | null | undefined;
  /** No related `LeadPurchaseItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadPurchaseItemFilter | null | undefined;
  /** Some related `LeadPurchaseItem` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadPurchaseItemFilter | null | undefined;
};

/** A filter to be used against aggregates of `LeadTransfer` object types. */
export type LeadTransferAggregatesFilter = {
  /** Distinct count aggregate over matching `LeadTransfer` objects. */
  distinctCount?: LeadTransferDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LeadTransfer` object to be included within the aggregate. */
  filter?: LeadTransferFilter | null | undefined;
};

export type LeadTransferDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  fromProfileId?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  leadId?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  toProfileId?: BigIntFilter | null | undefined;
  transferredBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LeadTransfer` object types. All fields are combined with a logical ‘and.’ */
export type LeadTransferFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LeadTransferFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `fromProfile` relation. */
  fromProfile?: ProfileFilter | null | undefined;
  /** A related `fromProfile` exists. */
  fromProfileExists?: boolean | null | undefined;
  /** Filter by the object’s `fromProfileId` field. */
  fromProfileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `lead` relation. */
  lead?: LeadFilter | null | undefined;
  /** Filter by the object’s `leadId` field. */
  leadId?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: LeadTransferFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LeadTransferFilter> | null | undefined;
  /** Filter by the object’s `profileByTransferredBy` relation. */
  profileByTransferredBy?: ProfileFilter | null | undefined;
  /** A related `profileByTransferredBy` exists. */
  profileByTransferredByExists?: boolean | null | undefined;
  /** Filter by the object’s `toProfile` relation. */
  toProfile?: ProfileFilter | null | undefined;
  /** A related `toProfile` exists. */
  toProfileExists?: boolean | null | undefined;
  /** Filter by the object’s `toProfileId` field. */
  toProfileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `transferredBy` field. */
  transferredBy?: UuidFilter | null | undefined;
};

export const PlatformType = {
  Facebook: 'FACEBOOK',
  Google: 'GOOGLE',
  Other: 'OTHER',
  Tiktok: 'TIKTOK'
} as const;

export type PlatformType = typeof PlatformType[keyof typeof PlatformType];
/** A filter to be used against PlatformType fields. All fields are combined with a logical ‘and.’ */
export type PlatformTypeFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: PlatformType | null | undefined;
  /** Equal to the specified value. */
  equalTo?: PlatformType | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: PlatformType | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: PlatformType | null | undefined;
  /** Included in the specified list. */
  in?: Array<PlatformType> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: PlatformType | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: PlatformType | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: PlatformType | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: PlatformType | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<PlatformType> | null | undefined;
};

/** A filter to be used against aggregates of `Profile` object types. */
export type ProfileAggregatesFilter = {
  /** Distinct count aggregate over matching `Profile` objects. */
  distinctCount?: ProfileDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Profile` object to be included within the aggregate. */
  filter?: ProfileFilter | null | undefined;
};

/** A filter to be used against aggregates of `ProfileCard` object types. */
export type ProfileCardAggregatesFilter = {
  /** Distinct count aggregate over matching `ProfileCard` objects. */
  distinctCount?: ProfileCardDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ProfileCard` object to be included within the aggregate. */
  filter?: ProfileCardFilter | null | undefined;
};

export type ProfileCardDistinctCountAggregateFilter = {
  id?: BigIntFilter | null | undefined;
  name?: BigIntFilter | null | undefined;
  teamId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ProfileCard` object types. All fields are combined with a logical ‘and.’ */
export type ProfileCardFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ProfileCardFilter> | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadEventsByActorProfileId` relation. */
  leadEventsByActorProfileId?: ProfileCardToManyLeadEventFilter | null | undefined;
  /** Some related `leadEventsByActorProfileId` exist. */
  leadEventsByActorProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByAssignedToId` relation. */
  leadsByAssignedToId?: ProfileCardToManyLeadFilter | null | undefined;
  /** Some related `leadsByAssignedToId` exist. */
  leadsByAssignedToIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByBuyerUserId` relation. */
  leadsByBuyerUserId?: ProfileCardToManyLeadFilter | null | undefined;
  /** Some related `leadsByBuyerUserId` exist. */
  leadsByBuyerUserIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByOwnerId` relation. */
  leadsByOwnerId?: ProfileCardToManyLeadFilter | null | undefined;
  /** Some related `leadsByOwnerId` exist. */
  leadsByOwnerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfileCardFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfileCardFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `team` relation. */
  team?: TeamFilter | null | undefined;
  /** A related `team` exists. */
  teamExists?: boolean | null | undefined;
  /** Filter by the object’s `teamId` field. */
  teamId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `LeadEvent` object types. All fields are combined with a logical ‘and.’ */
export type ProfileCardToManyLeadEventFilter = {
  /** Aggregates across related `LeadEvent` match the filter criteria. */
  aggregates?: LeadEventAggregatesFilter | null | undefined;
  /** Every related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadEventFilter | null | undefined;
  /** No related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadEventFilter | null | undefined;
  /** Some related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadEventFilter | null | undefined;
};

/** A filter to be used against many `Lead` object types. All fields are combined with a logical ‘and.’ */
export type ProfileCardToManyLeadFilter = {
  /** Aggregates across related `Lead` match the filter criteria. */
  aggregates?: LeadAggregatesFilter | null | undefined;
  /** Every related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadFilter | null | undefined;
  /** No related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadFilter | null | undefined;
  /** Some related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadFilter | null | undefined;
};

export type ProfileDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  email?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  name?: BigIntFilter | null | undefined;
  profileType?: BigIntFilter | null | undefined;
  role?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Profile` object types. All fields are combined with a logical ‘and.’ */
export type ProfileFilter = {
  /** Filter by the object’s `activityNotifications` relation. */
  activityNotifications?: ProfileToManyActivityNotificationFilter | null | undefined;
  /** Some related `activityNotifications` exist. */
  activityNotificationsExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ProfileFilter> | null | undefined;
  /** Filter by the object’s `authoredSupportMessages` relation. */
  authoredSupportMessages?: ProfileToManySupportMessageFilter | null | undefined;
  /** Some related `authoredSupportMessages` exist. */
  authoredSupportMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `cmsContentsByCreatedBy` relation. */
  cmsContentsByCreatedBy?: ProfileToManyCmsContentFilter | null | undefined;
  /** Some related `cmsContentsByCreatedBy` exist. */
  cmsContentsByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `email` field. */
  email?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `leadEventsByActorProfileId` relation. */
  leadEventsByActorProfileId?: ProfileToManyLeadEventFilter | null | undefined;
  /** Some related `leadEventsByActorProfileId` exist. */
  leadEventsByActorProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadLabelsByAppliedBy` relation. */
  leadLabelsByAppliedBy?: ProfileToManyLeadLabelFilter | null | undefined;
  /** Some related `leadLabelsByAppliedBy` exist. */
  leadLabelsByAppliedByExist?: boolean | null | undefined;
  /** Filter by the object’s `leadRecommendationsByCreatedBy` relation. */
  leadRecommendationsByCreatedBy?: ProfileToManyLeadRecommendationFilter | null | undefined;
  /** Some related `leadRecommendationsByCreatedBy` exist. */
  leadRecommendationsByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTasksByAssigneeId` relation. */
  leadTasksByAssigneeId?: ProfileToManyLeadTaskFilter | null | undefined;
  /** Some related `leadTasksByAssigneeId` exist. */
  leadTasksByAssigneeIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTasksByCreatedBy` relation. */
  leadTasksByCreatedBy?: ProfileToManyLeadTaskFilter | null | undefined;
  /** Some related `leadTasksByCreatedBy` exist. */
  leadTasksByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransactions` relation. */
  leadTransactions?: ProfileToManyLeadTransactionFilter | null | undefined;
  /** Filter by the object’s `leadTransactionsByApprovedBy` relation. */
  leadTransactionsByApprovedBy?: ProfileToManyLeadTransactionFilter | null | undefined;
  /** Some related `leadTransactionsByApprovedBy` exist. */
  leadTransactionsByApprovedByExist?: boolean | null | undefined;
  /** Some related `leadTransactions` exist. */
  leadTransactionsExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransfersByFromProfileId` relation. */
  leadTransfersByFromProfileId?: ProfileToManyLeadTransferFilter | null | undefined;
  /** Some related `leadTransfersByFromProfileId` exist. */
  leadTransfersByFromProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransfersByToProfileId` relation. */
  leadTransfersByToProfileId?: ProfileToManyLeadTransferFilter | null | undefined;
  /** Some related `leadTransfersByToProfileId` exist. */
  leadTransfersByToProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadTransfersByTransferredBy` relation. */
  leadTransfersByTransferredBy?: ProfileToManyLeadTransferFilter | null | undefined;
  /** Some related `leadTransfersByTransferredBy` exist. */
  leadTransfersByTransferredByExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByAssignedToId` relation. */
  leadsByAssignedToId?: ProfileToManyLeadFilter | null | undefined;
  /** Some related `leadsByAssignedToId` exist. */
  leadsByAssignedToIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByBuyerUserId` relation. */
  leadsByBuyerUserId?: ProfileToManyLeadFilter | null | undefined;
  /** Some related `leadsByBuyerUserId` exist. */
  leadsByBuyerUserIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByOwnerId` relation. */
  leadsByOwnerId?: ProfileToManyLeadFilter | null | undefined;
  /** Some related `leadsByOwnerId` exist. */
  leadsByOwnerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `leadsByUploadUserId` relation. */
  leadsByUploadUserId?: ProfileToManyLeadFilter | null | undefined;
  /** Some related `leadsByUploadUserId` exist. */
  leadsByUploadUserIdExist?: boolean | null | undefined;
  /** Filter by the object’s `manager` relation. */
  manager?: ProfileFilter | null | undefined;
  /** A related `manager` exists. */
  managerExists?: boolean | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfileFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfileFilter> | null | undefined;
  /** Filter by the object’s `profileCard` relation. */
  profileCard?: ProfileCardFilter | null | undefined;
  /** A related `profileCard` exists. */
  profileCardExists?: boolean | null | undefined;
  /** Filter by the object’s `profilePaymentTransactions` relation. */
  profilePaymentTransactions?: ProfileToManyProfilePaymentTransactionFilter | null | undefined;
  /** Some related `profilePaymentTransactions` exist. */
  profilePaymentTransactionsExist?: boolean | null | undefined;
  /** Filter by the object’s `profilePreference` relation. */
  profilePreference?: ProfilePreferenceFilter | null | undefined;
  /** A related `profilePreference` exists. */
  profilePreferenceExists?: boolean | null | undefined;
  /** Filter by the object’s `profileType` field. */
  profileType?: StringFilter | null | undefined;
  /** Filter by the object’s `profileWallet` relation. */
  profileWallet?: ProfileWalletFilter | null | undefined;
  /** A related `profileWallet` exists. */
  profileWalletExists?: boolean | null | undefined;
  /** Filter by the object’s `profileWalletLedgers` relation. */
  profileWalletLedgers?: ProfileToManyProfileWalletLedgerFilter | null | undefined;
  /** Some related `profileWalletLedgers` exist. */
  profileWalletLedgersExist?: boolean | null | undefined;
  /** Filter by the object’s `profilesByManagerId` relation. */
  profilesByManagerId?: ProfileToManyProfileFilter | null | undefined;
  /** Some related `profilesByManagerId` exist. */
  profilesByManagerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `role` field. */
  role?: UserRoleFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `supportThreadsByAssignedTo` relation. */
  supportThreadsByAssignedTo?: ProfileToManySupportThreadFilter | null | undefined;
  /** Some related `supportThreadsByAssignedTo` exist. */
  supportThreadsByAssignedToExist?: boolean | null | undefined;
  /** Filter by the object’s `supportThreadsByCreatedBy` relation. */
  supportThreadsByCreatedBy?: ProfileToManySupportThreadFilter | null | undefined;
  /** Some related `supportThreadsByCreatedBy` exist. */
  supportThreadsByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `teamInvitesByInvitedBy` relation. */
  teamInvitesByInvitedBy?: ProfileToManyTeamInviteFilter | null | undefined;
  /** Some related `teamInvitesByInvitedBy` exist. */
  teamInvitesByInvitedByExist?: boolean | null | undefined;
  /** Filter by the object’s `teamInvitesByInviteeProfileId` relation. */
  teamInvitesByInviteeProfileId?: ProfileToManyTeamInviteFilter | null | undefined;
  /** Some related `teamInvitesByInviteeProfileId` exist. */
  teamInvitesByInviteeProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `teamMemberships` relation. */
  teamMemberships?: ProfileToManyTeamMembershipFilter | null | undefined;
  /** Some related `teamMemberships` exist. */
  teamMembershipsExist?: boolean | null | undefined;
  /** Filter by the object’s `teamsByOwnerProfileId` relation. */
  teamsByOwnerProfileId?: ProfileToManyTeamFilter | null | undefined;
  /** Some related `teamsByOwnerProfileId` exist. */
  teamsByOwnerProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `walletTopupRequestsByUserId` relation. */
  walletTopupRequestsByUserId?: ProfileToManyWalletTopupRequestFilter | null | undefined;
  /** Some related `walletTopupRequestsByUserId` exist. */
  walletTopupRequestsByUserIdExist?: boolean | null | undefined;
};

/** A filter to be used against aggregates of `ProfilePaymentTransaction` object types. */
export type ProfilePaymentTransactionAggregatesFilter = {
  /** Distinct count aggregate over matching `ProfilePaymentTransaction` objects. */
  distinctCount?: ProfilePaymentTransactionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ProfilePaymentTransaction` object to be included within the aggregate. */
  filter?: ProfilePaymentTransactionFilter | null | undefined;
};

export type ProfilePaymentTransactionDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  transactionType?: BigIntFilter | null | undefined;
  walletId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ProfilePaymentTransaction` object types. All fields are combined with a logical ‘and.’ */
export type ProfilePaymentTransactionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ProfilePaymentTransactionFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfilePaymentTransactionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfilePaymentTransactionFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `transactionType` field. */
  transactionType?: StringFilter | null | undefined;
  /** Filter by the object’s `wallet` relation. */
  wallet?: ProfileWalletFilter | null | undefined;
  /** A related `wallet` exists. */
  walletExists?: boolean | null | undefined;
  /** Filter by the object’s `walletId` field. */
  walletId?: UuidFilter | null | undefined;
  /** Filter by the object’s `walletTopupRequestsByPaymentTransactionId` relation. */
  walletTopupRequestsByPaymentTransactionId?: ProfilePaymentTransactionToManyWalletTopupRequestFilter | null | undefined;
  /** Some related `walletTopupRequestsByPaymentTransactionId` exist. */
  walletTopupRequestsByPaymentTransactionIdExist?: boolean | null | undefined;
};

/** A filter to be used against many `WalletTopupRequest` object types. All fields are combined with a logical ‘and.’ */
export type ProfilePaymentTransactionToManyWalletTopupRequestFilter = {
  /** Aggregates across related `WalletTopupRequest` match the filter criteria. */
  aggregates?: WalletTopupRequestAggregatesFilter | null | undefined;
  /** Every related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: WalletTopupRequestFilter | null | undefined;
  /** No related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: WalletTopupRequestFilter | null | undefined;
  /** Some related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: WalletTopupRequestFilter | null | undefined;
};

/** A filter to be used against `ProfilePreference` object types. All fields are combined with a logical ‘and.’ */
export type ProfilePreferenceFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ProfilePreferenceFilter> | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `locale` field. */
  locale?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfilePreferenceFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfilePreferenceFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
};

/** A filter to be used against many `ActivityNotification` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyActivityNotificationFilter = {
  /** Aggregates across related `ActivityNotification` match the filter criteria. */
  aggregates?: ActivityNotificationAggregatesFilter | null | undefined;
  /** Every related `ActivityNotification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ActivityNotificationFilter | null | undefined;
  /** No related `ActivityNotification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ActivityNotificationFilter | null | undefined;
  /** Some related `ActivityNotification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ActivityNotificationFilter | null | undefined;
};

/** A filter to be used against many `CmsContent` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyCmsContentFilter = {
  /** Aggregates across related `CmsContent` match the filter criteria. */
  aggregates?: CmsContentAggregatesFilter | null | undefined;
  /** Every related `CmsContent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CmsContentFilter | null | undefined;
  /** No related `CmsContent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CmsContentFilter | null | undefined;
  /** Some related `CmsContent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CmsContentFilter | null | undefined;
};

/** A filter to be used against many `LeadEvent` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadEventFilter = {
  /** Aggregates across related `LeadEvent` match the filter criteria. */
  aggregates?: LeadEventAggregatesFilter | null | undefined;
  /** Every related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadEventFilter | null | undefined;
  /** No related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadEventFilter | null | undefined;
  /** Some related `LeadEvent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadEventFilter | null | undefined;
};

/** A filter to be used against many `Lead` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadFilter = {
  /** Aggregates across related `Lead` match the filter criteria. */
  aggregates?: LeadAggregatesFilter | null | undefined;
  /** Every related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadFilter | null | undefined;
  /** No related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadFilter | null | undefined;
  /** Some related `Lead` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadFilter | null | undefined;
};

/** A filter to be used against many `LeadLabel` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadLabelFilter = {
  /** Aggregates across related `LeadLabel` match the filter criteria. */
  aggregates?: LeadLabelAggregatesFilter | null | undefined;
  /** Every related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadLabelFilter | null | undefined;
  /** No related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadLabelFilter | null | undefined;
  /** Some related `LeadLabel` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadLabelFilter | null | undefined;
};

/** A filter to be used against many `LeadRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadRecommendationFilter = {
  /** Aggregates across related `LeadRecommendation` match the filter criteria. */
  aggregates?: LeadRecommendationAggregatesFilter | null | undefined;
  /** Every related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadRecommendationFilter | null | undefined;
  /** No related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadRecommendationFilter | null | undefined;
  /** Some related `LeadRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadRecommendationFilter | null | undefined;
};

/** A filter to be used against many `LeadTask` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadTaskFilter = {
  /** Aggregates across related `LeadTask` match the filter criteria. */
  aggregates?: LeadTaskAggregatesFilter | null | undefined;
  /** Every related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTaskFilter | null | undefined;
  /** No related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTaskFilter | null | undefined;
  /** Some related `LeadTask` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTaskFilter | null | undefined;
};

/** A filter to be used against many `LeadTransaction` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadTransactionFilter = {
  /** Aggregates across related `LeadTransaction` match the filter criteria. */
  aggregates?: LeadTransactionAggregatesFilter | null | undefined;
  /** Every related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransactionFilter | null | undefined;
  /** No related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransactionFilter | null | undefined;
  /** Some related `LeadTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransactionFilter | null | undefined;
};

/** A filter to be used against many `LeadTransfer` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyLeadTransferFilter = {
  /** Aggregates across related `LeadTransfer` match the filter criteria. */
  aggregates?: LeadTransferAggregatesFilter | null | undefined;
  /** Every related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LeadTransferFilter | null | undefined;
  /** No related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LeadTransferFilter | null | undefined;
  /** Some related `LeadTransfer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LeadTransferFilter | null | undefined;
};

/** A filter to be used against many `Profile` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyProfileFilter = {
  /** Aggregates across related `Profile` match the filter criteria. */
  aggregates?: ProfileAggregatesFilter | null | undefined;
  /** Every related `Profile` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfileFilter | null | undefined;
  /** No related `Profile` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfileFilter | null | undefined;
  /** Some related `Profile` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfileFilter | null | undefined;
};

/** A filter to be used against many `ProfilePaymentTransaction` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyProfilePaymentTransactionFilter = {
  /** Aggregates across related `ProfilePaymentTransaction` match the filter criteria. */
  aggregates?: ProfilePaymentTransactionAggregatesFilter | null | undefined;
  /** Every related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfilePaymentTransactionFilter | null | undefined;
  /** No related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfilePaymentTransactionFilter | null | undefined;
  /** Some related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfilePaymentTransactionFilter | null | undefined;
};

/** A filter to be used against many `ProfileWalletLedger` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyProfileWalletLedgerFilter = {
  /** Aggregates across related `ProfileWalletLedger` match the filter criteria. */
  aggregates?: ProfileWalletLedgerAggregatesFilter | null | undefined;
  /** Every related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfileWalletLedgerFilter | null | undefined;
  /** No related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfileWalletLedgerFilter | null | undefined;
  /** Some related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfileWalletLedgerFilter | null | undefined;
};

/** A filter to be used against many `SupportMessage` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManySupportMessageFilter = {
  /** Aggregates across related `SupportMessage` match the filter criteria. */
  aggregates?: SupportMessageAggregatesFilter | null | undefined;
  /** Every related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SupportMessageFilter | null | undefined;
  /** No related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SupportMessageFilter | null | undefined;
  /** Some related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SupportMessageFilter | null | undefined;
};

/** A filter to be used against many `SupportThread` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManySupportThreadFilter = {
  /** Aggregates across related `SupportThread` match the filter criteria. */
  aggregates?: SupportThreadAggregatesFilter | null | undefined;
  /** Every related `SupportThread` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SupportThreadFilter | null | undefined;
  /** No related `SupportThread` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SupportThreadFilter | null | undefined;
  /** Some related `SupportThread` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SupportThreadFilter | null | undefined;
};

/** A filter to be used against many `Team` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyTeamFilter = {
  /** Aggregates across related `Team` match the filter criteria. */
  aggregates?: TeamAggregatesFilter | null | undefined;
  /** Every related `Team` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TeamFilter | null | undefined;
  /** No related `Team` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TeamFilter | null | undefined;
  /** Some related `Team` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TeamFilter | null | undefined;
};

/** A filter to be used against many `TeamInvite` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyTeamInviteFilter = {
  /** Aggregates across related `TeamInvite` match the filter criteria. */
  aggregates?: TeamInviteAggregatesFilter | null | undefined;
  /** Every related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TeamInviteFilter | null | undefined;
  /** No related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TeamInviteFilter | null | undefined;
  /** Some related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TeamInviteFilter | null | undefined;
};

/** A filter to be used against many `TeamMembership` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyTeamMembershipFilter = {
  /** Aggregates across related `TeamMembership` match the filter criteria. */
  aggregates?: TeamMembershipAggregatesFilter | null | undefined;
  /** Every related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TeamMembershipFilter | null | undefined;
  /** No related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TeamMembershipFilter | null | undefined;
  /** Some related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TeamMembershipFilter | null | undefined;
};

/** A filter to be used against many `WalletTopupRequest` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyWalletTopupRequestFilter = {
  /** Aggregates across related `WalletTopupRequest` match the filter criteria. */
  aggregates?: WalletTopupRequestAggregatesFilter | null | undefined;
  /** Every related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: WalletTopupRequestFilter | null | undefined;
  /** No related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: WalletTopupRequestFilter | null | undefined;
  /** Some related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: WalletTopupRequestFilter | null | undefined;
};

/** A filter to be used against `ProfileWallet` object types. All fields are combined with a logical ‘and.’ */
export type ProfileWalletFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ProfileWalletFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfileWalletFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfileWalletFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profilePaymentTransactionsByWalletId` relation. */
  profilePaymentTransactionsByWalletId?: ProfileWalletToManyProfilePaymentTransactionFilter | null | undefined;
  /** Some related `profilePaymentTransactionsByWalletId` exist. */
  profilePaymentTransactionsByWalletIdExist?: boolean | null | undefined;
  /** Filter by the object’s `profileWalletLedgersByWalletIdAndProfileId` relation. */
  profileWalletLedgersByWalletIdAndProfileId?: ProfileWalletToManyProfileWalletLedgerFilter | null | undefined;
  /** Some related `profileWalletLedgersByWalletIdAndProfileId` exist. */
  profileWalletLedgersByWalletIdAndProfileIdExist?: boolean | null | undefined;
  /** Filter by the object’s `walletTopupRequestsByWalletId` relation. */
  walletTopupRequestsByWalletId?: ProfileWalletToManyWalletTopupRequestFilter | null | undefined;
  /** Some related `walletTopupRequestsByWalletId` exist. */
  walletTopupRequestsByWalletIdExist?: boolean | null | undefined;
};

/** A filter to be used against aggregates of `ProfileWalletLedger` object types. */
export type ProfileWalletLedgerAggregatesFilter = {
  /** Mean average aggregate over matching `ProfileWalletLedger` objects. */
  average?: ProfileWalletLedgerAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ProfileWalletLedger` objects. */
  distinctCount?: ProfileWalletLedgerDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ProfileWalletLedger` object to be included within the aggregate. */
  filter?: ProfileWalletLedgerFilter | null | undefined;
  /** Maximum aggregate over matching `ProfileWalletLedger` objects. */
  max?: ProfileWalletLedgerMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ProfileWalletLedger` objects. */
  min?: ProfileWalletLedgerMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ProfileWalletLedger` objects. */
  stddevPopulation?: ProfileWalletLedgerStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ProfileWalletLedger` objects. */
  stddevSample?: ProfileWalletLedgerStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ProfileWalletLedger` objects. */
  sum?: ProfileWalletLedgerSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ProfileWalletLedger` objects. */
  variancePopulation?: ProfileWalletLedgerVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ProfileWalletLedger` objects. */
  varianceSample?: ProfileWalletLedgerVarianceSampleAggregateFilter | null | undefined;
};

export type ProfileWalletLedgerAverageAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerDistinctCountAggregateFilter = {
  amount?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  entryType?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  walletId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ProfileWalletLedger` object types. All fields are combined with a logical ‘and.’ */
export type ProfileWalletLedgerFilter = {
  /** Filter by the object’s `amount` field. */
  amount?: BigFloatFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ProfileWalletLedgerFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `entryType` field. */
  entryType?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ProfileWalletLedgerFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfileWalletLedgerFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileByCreatedBy` relation. */
  profileByCreatedBy?: ProfileFilter | null | undefined;
  /** A related `profileByCreatedBy` exists. */
  profileByCreatedByExists?: boolean | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `walletId` field. */
  walletId?: UuidFilter | null | undefined;
  /** Filter by the object’s `walletProfile` relation. */
  walletProfile?: ProfileWalletFilter | null | undefined;
};

export type ProfileWalletLedgerMaxAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerMinAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerStddevPopulationAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerStddevSampleAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerSumAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerVariancePopulationAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

export type ProfileWalletLedgerVarianceSampleAggregateFilter = {
  amount?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `ProfilePaymentTransaction` object types. All fields are combined with a logical ‘and.’ */
export type ProfileWalletToManyProfilePaymentTransactionFilter = {
  /** Aggregates across related `ProfilePaymentTransaction` match the filter criteria. */
  aggregates?: ProfilePaymentTransactionAggregatesFilter | null | undefined;
  /** Every related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfilePaymentTransactionFilter | null | undefined;
  /** No related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfilePaymentTransactionFilter | null | undefined;
  /** Some related `ProfilePaymentTransaction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfilePaymentTransactionFilter | null | undefined;
};

/** A filter to be used against many `ProfileWalletLedger` object types. All fields are combined with a logical ‘and.’ */
export type ProfileWalletToManyProfileWalletLedgerFilter = {
  /** Aggregates across related `ProfileWalletLedger` match the filter criteria. */
  aggregates?: ProfileWalletLedgerAggregatesFilter | null | undefined;
  /** Every related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfileWalletLedgerFilter | null | undefined;
  /** No related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfileWalletLedgerFilter | null | undefined;
  /** Some related `ProfileWalletLedger` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfileWalletLedgerFilter | null | undefined;
};

/** A filter to be used against many `WalletTopupRequest` object types. All fields are combined with a logical ‘and.’ */
export type ProfileWalletToManyWalletTopupRequestFilter = {
  /** Aggregates across related `WalletTopupRequest` match the filter criteria. */
  aggregates?: WalletTopupRequestAggregatesFilter | null | undefined;
  /** Every related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: WalletTopupRequestFilter | null | undefined;
  /** No related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: WalletTopupRequestFilter | null | undefined;
  /** Some related `WalletTopupRequest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: WalletTopupRequestFilter | null | undefined;
};

/** What happened. SUBSCRIBED comes first, once the subscription is live; the others name the change. REMOVED (myLeadsFeed only): the lead left your set (reassigned, sold or transferred away, or deleted); only leadId is set. */
export const RealtimeChangeKind = {
  BalanceChanged: 'BALANCE_CHANGED',
  EventAdded: 'EVENT_ADDED',
  EventRemoved: 'EVENT_REMOVED',
  EventUpdated: 'EVENT_UPDATED',
  LabelAdded: 'LABEL_ADDED',
  LabelRemoved: 'LABEL_REMOVED',
  LabelUpdated: 'LABEL_UPDATED',
  LeadAssigned: 'LEAD_ASSIGNED',
  LeadCreated: 'LEAD_CREATED',
  LeadTransferred: 'LEAD_TRANSFERRED',
  LeadUpdated: 'LEAD_UPDATED',
  LedgerEntryAdded: 'LEDGER_ENTRY_ADDED',
  LedgerEntryUpdated: 'LEDGER_ENTRY_UPDATED',
  MessageAdded: 'MESSAGE_ADDED',
  Removed: 'REMOVED',
  StageChanged: 'STAGE_CHANGED',
  Subscribed: 'SUBSCRIBED',
  TaskAdded: 'TASK_ADDED',
  TaskRemoved: 'TASK_REMOVED',
  TaskUpdated: 'TASK_UPDATED',
  ThreadAssigned: 'THREAD_ASSIGNED',
  ThreadClosed: 'THREAD_CLOSED',
  ThreadOpened: 'THREAD_OPENED',
  ThreadReopened: 'THREAD_REOPENED',
  ThreadResolved: 'THREAD_RESOLVED',
  ThreadUpdated: 'THREAD_UPDATED',
  TransferAdded: 'TRANSFER_ADDED'
} as const;

export type RealtimeChangeKind = typeof RealtimeChangeKind[keyof typeof RealtimeChangeKind];
/** A filter to be used against aggregates of `ShopLeadBatch` object types. */
export type ShopLeadBatchAggregatesFilter = {
  /** Mean average aggregate over matching `ShopLeadBatch` objects. */
  average?: ShopLeadBatchAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ShopLeadBatch` objects. */
  distinctCount?: ShopLeadBatchDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ShopLeadBatch` object to be included within the aggregate. */
  filter?: ShopLeadBatchFilter | null | undefined;
  /** Maximum aggregate over matching `ShopLeadBatch` objects. */
  max?: ShopLeadBatchMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ShopLeadBatch` objects. */
  min?: ShopLeadBatchMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ShopLeadBatch` objects. */
  stddevPopulation?: ShopLeadBatchStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ShopLeadBatch` objects. */
  stddevSample?: ShopLeadBatchStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ShopLeadBatch` objects. */
  sum?: ShopLeadBatchSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ShopLeadBatch` objects. */
  variancePopulation?: ShopLeadBatchVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ShopLeadBatch` objects. */
  varianceSample?: ShopLeadBatchVarianceSampleAggregateFilter | null | undefined;
};

export type ShopLeadBatchAverageAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchDistinctCountAggregateFilter = {
  availableLeads?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  batchName?: BigIntFilter | null | undefined;
  newestLeadAt?: BigIntFilter | null | undefined;
  oldestLeadAt?: BigIntFilter | null | undefined;
  pricePerLead?: BigIntFilter | null | undefined;
  projectId?: BigIntFilter | null | undefined;
  projectName?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ShopLeadBatch` object types. All fields are combined with a logical ‘and.’ */
export type ShopLeadBatchFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ShopLeadBatchFilter> | null | undefined;
  /** Filter by the object’s `availableLeads` field. */
  availableLeads?: BigIntFilter | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: UuidFilter | null | undefined;
  /** Filter by the object’s `batchName` field. */
  batchName?: StringFilter | null | undefined;
  /** Filter by the object’s `newestLeadAt` field. */
  newestLeadAt?: DatetimeFilter | null | undefined;
  /** Negates the expression. */
  not?: ShopLeadBatchFilter | null | undefined;
  /** Filter by the object’s `oldestLeadAt` field. */
  oldestLeadAt?: DatetimeFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ShopLeadBatchFilter> | null | undefined;
  /** Filter by the object’s `pricePerLead` field. */
  pricePerLead?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `project` relation. */
  project?: ShopProjectFilter | null | undefined;
  /** A related `project` exists. */
  projectExists?: boolean | null | undefined;
  /** Filter by the object’s `projectId` field. */
  projectId?: UuidFilter | null | undefined;
  /** Filter by the object’s `projectName` field. */
  projectName?: StringFilter | null | undefined;
};

export type ShopLeadBatchMaxAggregateFilter = {
  availableLeads?: BigIntFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchMinAggregateFilter = {
  availableLeads?: BigIntFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

/** Methods to use when ordering `ShopLeadBatch`. */
export const ShopLeadBatchOrderBy = {
  AvailableLeadsAsc: 'AVAILABLE_LEADS_ASC',
  AvailableLeadsDesc: 'AVAILABLE_LEADS_DESC',
  BatchIdAsc: 'BATCH_ID_ASC',
  BatchIdDesc: 'BATCH_ID_DESC',
  BatchNameAsc: 'BATCH_NAME_ASC',
  BatchNameDesc: 'BATCH_NAME_DESC',
  Natural: 'NATURAL',
  NewestLeadAtAsc: 'NEWEST_LEAD_AT_ASC',
  NewestLeadAtDesc: 'NEWEST_LEAD_AT_DESC',
  OldestLeadAtAsc: 'OLDEST_LEAD_AT_ASC',
  OldestLeadAtDesc: 'OLDEST_LEAD_AT_DESC',
  PricePerLeadAsc: 'PRICE_PER_LEAD_ASC',
  PricePerLeadDesc: 'PRICE_PER_LEAD_DESC',
  ProjectIdAsc: 'PROJECT_ID_ASC',
  ProjectIdDesc: 'PROJECT_ID_DESC',
  ProjectNameAsc: 'PROJECT_NAME_ASC',
  ProjectNameDesc: 'PROJECT_NAME_DESC'
} as const;

export type ShopLeadBatchOrderBy = typeof ShopLeadBatchOrderBy[keyof typeof ShopLeadBatchOrderBy];
export type ShopLeadBatchStddevPopulationAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchStddevSampleAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchSumAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchVariancePopulationAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

export type ShopLeadBatchVarianceSampleAggregateFilter = {
  availableLeads?: BigFloatFilter | null | undefined;
  pricePerLead?: BigFloatFilter | null | undefined;
};

/** A filter to be used against `ShopProject` object types. All fields are combined with a logical ‘and.’ */
export type ShopProjectFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ShopProjectFilter> | null | undefined;
  /** Filter by the object’s `availableLeads` field. */
  availableLeads?: BigIntFilter | null | undefined;
  /** Filter by the object’s `description` field. */
  description?: StringFilter | null | undefined;
  /** Filter by the object’s `developer` field. */
  developer?: StringFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `maxPricePerLead` field. */
  maxPricePerLead?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `minPricePerLead` field. */
  minPricePerLead?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: ShopProjectFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ShopProjectFilter> | null | undefined;
  /** Filter by the object’s `pricePerLead` field. */
  pricePerLead?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `region` field. */
  region?: StringFilter | null | undefined;
  /** Filter by the object’s `shopLeadBatchesByProjectId` relation. */
  shopLeadBatchesByProjectId?: ShopProjectToManyShopLeadBatchFilter | null | undefined;
  /** Some related `shopLeadBatchesByProjectId` exist. */
  shopLeadBatchesByProjectIdExist?: boolean | null | undefined;
};

/** Methods to use when ordering `ShopProject`. */
export const ShopProjectOrderBy = {
  AvailableLeadsAsc: 'AVAILABLE_LEADS_ASC',
  AvailableLeadsDesc: 'AVAILABLE_LEADS_DESC',
  DescriptionAsc: 'DESCRIPTION_ASC',
  DescriptionDesc: 'DESCRIPTION_DESC',
  DeveloperAsc: 'DEVELOPER_ASC',
  DeveloperDesc: 'DEVELOPER_DESC',
  IdAsc: 'ID_ASC',
  IdDesc: 'ID_DESC',
  MaxPricePerLeadAsc: 'MAX_PRICE_PER_LEAD_ASC',
  MaxPricePerLeadDesc: 'MAX_PRICE_PER_LEAD_DESC',
  MinPricePerLeadAsc: 'MIN_PRICE_PER_LEAD_ASC',
  MinPricePerLeadDesc: 'MIN_PRICE_PER_LEAD_DESC',
  NameAsc: 'NAME_ASC',
  NameDesc: 'NAME_DESC',
  Natural: 'NATURAL',
  PricePerLeadAsc: 'PRICE_PER_LEAD_ASC',
  PricePerLeadDesc: 'PRICE_PER_LEAD_DESC',
  PrimaryKeyAsc: 'PRIMARY_KEY_ASC',
  PrimaryKeyDesc: 'PRIMARY_KEY_DESC',
  RegionAsc: 'REGION_ASC',
  RegionDesc: 'REGION_DESC',
  ShopLeadBatchesByProjectIdAverageAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_AVERAGE_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdAverageAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_AVERAGE_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdAveragePricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_AVERAGE_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdAveragePricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_AVERAGE_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdCountAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_COUNT_ASC',
  ShopLeadBatchesByProjectIdCountDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_COUNT_DESC',
  ShopLeadBatchesByProjectIdDistinctCountAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdDistinctCountAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdDistinctCountBatchIdAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_BATCH_ID_ASC',
  ShopLeadBatchesByProjectIdDistinctCountBatchIdDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_BATCH_ID_DESC',
  ShopLeadBatchesByProjectIdDistinctCountBatchNameAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_BATCH_NAME_ASC',
  ShopLeadBatchesByProjectIdDistinctCountBatchNameDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_BATCH_NAME_DESC',
  ShopLeadBatchesByProjectIdDistinctCountNewestLeadAtAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_NEWEST_LEAD_AT_ASC',
  ShopLeadBatchesByProjectIdDistinctCountNewestLeadAtDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_NEWEST_LEAD_AT_DESC',
  ShopLeadBatchesByProjectIdDistinctCountOldestLeadAtAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_OLDEST_LEAD_AT_ASC',
  ShopLeadBatchesByProjectIdDistinctCountOldestLeadAtDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_OLDEST_LEAD_AT_DESC',
  ShopLeadBatchesByProjectIdDistinctCountPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdDistinctCountPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdDistinctCountProjectIdAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PROJECT_ID_ASC',
  ShopLeadBatchesByProjectIdDistinctCountProjectIdDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PROJECT_ID_DESC',
  ShopLeadBatchesByProjectIdDistinctCountProjectNameAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PROJECT_NAME_ASC',
  ShopLeadBatchesByProjectIdDistinctCountProjectNameDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_DISTINCT_COUNT_PROJECT_NAME_DESC',
  ShopLeadBatchesByProjectIdMaxAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MAX_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdMaxAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MAX_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdMaxPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MAX_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdMaxPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MAX_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdMinAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MIN_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdMinAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MIN_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdMinPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MIN_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdMinPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_MIN_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdStddevPopulationAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_POPULATION_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdStddevPopulationAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_POPULATION_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdStddevPopulationPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_POPULATION_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdStddevPopulationPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_POPULATION_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdStddevSampleAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_SAMPLE_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdStddevSampleAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_SAMPLE_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdStddevSamplePricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_SAMPLE_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdStddevSamplePricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_STDDEV_SAMPLE_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdSumAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_SUM_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdSumAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_SUM_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdSumPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_SUM_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdSumPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_SUM_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdVariancePopulationAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_POPULATION_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdVariancePopulationAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_POPULATION_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdVariancePopulationPricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_POPULATION_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdVariancePopulationPricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_POPULATION_PRICE_PER_LEAD_DESC',
  ShopLeadBatchesByProjectIdVarianceSampleAvailableLeadsAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_SAMPLE_AVAILABLE_LEADS_ASC',
  ShopLeadBatchesByProjectIdVarianceSampleAvailableLeadsDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_SAMPLE_AVAILABLE_LEADS_DESC',
  ShopLeadBatchesByProjectIdVarianceSamplePricePerLeadAsc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_SAMPLE_PRICE_PER_LEAD_ASC',
  ShopLeadBatchesByProjectIdVarianceSamplePricePerLeadDesc: 'SHOP_LEAD_BATCHES_BY_PROJECT_ID_VARIANCE_SAMPLE_PRICE_PER_LEAD_DESC'
} as const;

export type ShopProjectOrderBy = typeof ShopProjectOrderBy[keyof typeof ShopProjectOrderBy];
/** A filter to be used against many `ShopLeadBatch` object types. All fields are combined with a logical ‘and.’ */
export type ShopProjectToManyShopLeadBatchFilter = {
  /** Aggregates across related `ShopLeadBatch` match the filter criteria. */
  aggregates?: ShopLeadBatchAggregatesFilter | null | undefined;
  /** Every related `ShopLeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ShopLeadBatchFilter | null | undefined;
  /** No related `ShopLeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ShopLeadBatchFilter | null | undefined;
  /** Some related `ShopLeadBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ShopLeadBatchFilter | null | undefined;
};

/** A filter to be used against String fields. All fields are combined with a logical ‘and.’ */
export type StringFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value (case-insensitive). */
  distinctFromInsensitive?: string | null | undefined;
  /** Ends with the specified string (case-sensitive). */
  endsWith?: string | null | undefined;
  /** Ends with the specified string (case-insensitive). */
  endsWithInsensitive?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Equal to the specified value (case-insensitive). */
  equalToInsensitive?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than the specified value (case-insensitive). */
  greaterThanInsensitive?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Greater than or equal to the specified value (case-insensitive). */
  greaterThanOrEqualToInsensitive?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Included in the specified list (case-insensitive). */
  inInsensitive?: Array<string> | null | undefined;
  /** Contains the specified string (case-sensitive). */
  includes?: string | null | undefined;
  /** Contains the specified string (case-insensitive). */
  includesInsensitive?: string | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than the specified value (case-insensitive). */
  lessThanInsensitive?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Less than or equal to the specified value (case-insensitive). */
  lessThanOrEqualToInsensitive?: string | null | undefined;
  /** Matches the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  like?: string | null | undefined;
  /** Matches the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  likeInsensitive?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value (case-insensitive). */
  notDistinctFromInsensitive?: string | null | undefined;
  /** Does not end with the specified string (case-sensitive). */
  notEndsWith?: string | null | undefined;
  /** Does not end with the specified string (case-insensitive). */
  notEndsWithInsensitive?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not equal to the specified value (case-insensitive). */
  notEqualToInsensitive?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
  /** Not included in the specified list (case-insensitive). */
  notInInsensitive?: Array<string> | null | undefined;
  /** Does not contain the specified string (case-sensitive). */
  notIncludes?: string | null | undefined;
  /** Does not contain the specified string (case-insensitive). */
  notIncludesInsensitive?: string | null | undefined;
  /** Does not match the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLike?: string | null | undefined;
  /** Does not match the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLikeInsensitive?: string | null | undefined;
  /** Does not start with the specified string (case-sensitive). */
  notStartsWith?: string | null | undefined;
  /** Does not start with the specified string (case-insensitive). */
  notStartsWithInsensitive?: string | null | undefined;
  /** Starts with the specified string (case-sensitive). */
  startsWith?: string | null | undefined;
  /** Starts with the specified string (case-insensitive). */
  startsWithInsensitive?: string | null | undefined;
};

/** A filter to be used against `SupportActivity` object types. All fields are combined with a logical ‘and.’ */
export type SupportActivityFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SupportActivityFilter> | null | undefined;
  /** Filter by the object’s `assignedTo` field. */
  assignedTo?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `firstResponseAt` field. */
  firstResponseAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `firstResponseSeconds` field. */
  firstResponseSeconds?: BigIntFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `internalMessageCount` field. */
  internalMessageCount?: BigIntFilter | null | undefined;
  /** Filter by the object’s `lastActivityAt` field. */
  lastActivityAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `lastMessageAt` field. */
  lastMessageAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `messageCount` field. */
  messageCount?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: SupportActivityFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SupportActivityFilter> | null | undefined;
  /** Filter by the object’s `priority` field. */
  priority?: StringFilter | null | undefined;
  /** Filter by the object’s `resolvedAt` field. */
  resolvedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `subject` field. */
  subject?: StringFilter | null | undefined;
  /** Filter by the object’s `systemMessageCount` field. */
  systemMessageCount?: BigIntFilter | null | undefined;
  /** Filter by the object’s `thread` relation. */
  thread?: SupportThreadFilter | null | undefined;
  /** Filter by the object’s `userMessageCount` field. */
  userMessageCount?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `SupportMessage` object types. */
export type SupportMessageAggregatesFilter = {
  /** Distinct count aggregate over matching `SupportMessage` objects. */
  distinctCount?: SupportMessageDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `SupportMessage` object to be included within the aggregate. */
  filter?: SupportMessageFilter | null | undefined;
};

export type SupportMessageDistinctCountAggregateFilter = {
  authorId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  messageType?: BigIntFilter | null | undefined;
  threadId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `SupportMessage` object types. All fields are combined with a logical ‘and.’ */
export type SupportMessageFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SupportMessageFilter> | null | undefined;
  /** Filter by the object’s `author` relation. */
  author?: ProfileFilter | null | undefined;
  /** A related `author` exists. */
  authorExists?: boolean | null | undefined;
  /** Filter by the object’s `authorId` field. */
  authorId?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Filter by the object’s `messageType` field. */
  messageType?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: SupportMessageFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SupportMessageFilter> | null | undefined;
  /** Filter by the object’s `thread` relation. */
  thread?: SupportThreadFilter | null | undefined;
  /** Filter by the object’s `threadId` field. */
  threadId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `SupportThread` object types. */
export type SupportThreadAggregatesFilter = {
  /** Distinct count aggregate over matching `SupportThread` objects. */
  distinctCount?: SupportThreadDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `SupportThread` object to be included within the aggregate. */
  filter?: SupportThreadFilter | null | undefined;
};

/**
 * A condition to be used against `SupportThread` object types. All fields are
 * tested for equality and combined with a logical ‘and.’
 */
export type SupportThreadCondition = {
  /** Checks for equality with the object’s `assignedTo` field. */
  assignedTo?: string | null | undefined;
  /** Checks for equality with the object’s `createdAt` field. */
  createdAt?: string | null | undefined;
  /** Checks for equality with the object’s `createdBy` field. */
  createdBy?: string | null | undefined;
  /** Checks for equality with the object’s `id` field. */
  id?: string | null | undefined;
  /** Checks for equality with the object’s `priority` field. */
  priority?: string | null | undefined;
  /** Checks for equality with the object’s `status` field. */
  status?: string | null | undefined;
  /** Checks for equality with the object’s `updatedAt` field. */
  updatedAt?: string | null | undefined;
};

export type SupportThreadDistinctCountAggregateFilter = {
  assignedTo?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  createdBy?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  priority?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  updatedAt?: BigIntFilter | null | undefined;
};

/** A filter to be used against `SupportThread` object types. All fields are combined with a logical ‘and.’ */
export type SupportThreadFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SupportThreadFilter> | null | undefined;
  /** Filter by the object’s `assignedTo` field. */
  assignedTo?: UuidFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `messages` relation. */
  messages?: SupportThreadToManySupportMessageFilter | null | undefined;
  /** Some related `messages` exist. */
  messagesExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: SupportThreadFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SupportThreadFilter> | null | undefined;
  /** Filter by the object’s `priority` field. */
  priority?: StringFilter | null | undefined;
  /** Filter by the object’s `profileByAssignedTo` relation. */
  profileByAssignedTo?: ProfileFilter | null | undefined;
  /** A related `profileByAssignedTo` exists. */
  profileByAssignedToExists?: boolean | null | undefined;
  /** Filter by the object’s `profileByCreatedBy` relation. */
  profileByCreatedBy?: ProfileFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `supportActivity` relation. */
  supportActivity?: SupportActivityFilter | null | undefined;
  /** A related `supportActivity` exists. */
  supportActivityExists?: boolean | null | undefined;
  /** Filter by the object’s `updatedAt` field. */
  updatedAt?: DatetimeFilter | null | undefined;
};

/** Methods to use when ordering `SupportThread`. */
export const SupportThreadOrderBy = {
  AssignedToAsc: 'ASSIGNED_TO_ASC',
  AssignedToDesc: 'ASSIGNED_TO_DESC',
  CreatedAtAsc: 'CREATED_AT_ASC',
  CreatedAtDesc: 'CREATED_AT_DESC',
  CreatedByAsc: 'CREATED_BY_ASC',
  CreatedByDesc: 'CREATED_BY_DESC',
  IdAsc: 'ID_ASC',
  IdDesc: 'ID_DESC',
  MessagesCountAsc: 'MESSAGES_COUNT_ASC',
  MessagesCountDesc: 'MESSAGES_COUNT_DESC',
  MessagesDistinctCountAuthorIdAsc: 'MESSAGES_DISTINCT_COUNT_AUTHOR_ID_ASC',
  MessagesDistinctCountAuthorIdDesc: 'MESSAGES_DISTINCT_COUNT_AUTHOR_ID_DESC',
  MessagesDistinctCountCreatedAtAsc: 'MESSAGES_DISTINCT_COUNT_CREATED_AT_ASC',
  MessagesDistinctCountCreatedAtDesc: 'MESSAGES_DISTINCT_COUNT_CREATED_AT_DESC',
  MessagesDistinctCountIdAsc: 'MESSAGES_DISTINCT_COUNT_ID_ASC',
  MessagesDistinctCountIdDesc: 'MESSAGES_DISTINCT_COUNT_ID_DESC',
  MessagesDistinctCountLegacyIdAsc: 'MESSAGES_DISTINCT_COUNT_LEGACY_ID_ASC',
  MessagesDistinctCountLegacyIdDesc: 'MESSAGES_DISTINCT_COUNT_LEGACY_ID_DESC',
  MessagesDistinctCountLegacyTableAsc: 'MESSAGES_DISTINCT_COUNT_LEGACY_TABLE_ASC',
  MessagesDistinctCountLegacyTableDesc: 'MESSAGES_DISTINCT_COUNT_LEGACY_TABLE_DESC',
  MessagesDistinctCountMessageTypeAsc: 'MESSAGES_DISTINCT_COUNT_MESSAGE_TYPE_ASC',
  MessagesDistinctCountMessageTypeDesc: 'MESSAGES_DISTINCT_COUNT_MESSAGE_TYPE_DESC',
  MessagesDistinctCountThreadIdAsc: 'MESSAGES_DISTINCT_COUNT_THREAD_ID_ASC',
  MessagesDistinctCountThreadIdDesc: 'MESSAGES_DISTINCT_COUNT_THREAD_ID_DESC',
  Natural: 'NATURAL',
  PrimaryKeyAsc: 'PRIMARY_KEY_ASC',
  PrimaryKeyDesc: 'PRIMARY_KEY_DESC',
  PriorityAsc: 'PRIORITY_ASC',
  PriorityDesc: 'PRIORITY_DESC',
  StatusAsc: 'STATUS_ASC',
  StatusDesc: 'STATUS_DESC',
  UpdatedAtAsc: 'UPDATED_AT_ASC',
  UpdatedAtDesc: 'UPDATED_AT_DESC'
} as const;

export type SupportThreadOrderBy = typeof SupportThreadOrderBy[keyof typeof SupportThreadOrderBy];
/** A filter to be used against many `SupportMessage` object types. All fields are combined with a logical ‘and.’ */
export type SupportThreadToManySupportMessageFilter = {
  /** Aggregates across related `SupportMessage` match the filter criteria. */
  aggregates?: SupportMessageAggregatesFilter | null | undefined;
  /** Every related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SupportMessageFilter | null | undefined;
  /** No related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SupportMessageFilter | null | undefined;
  /** Some related `SupportMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SupportMessageFilter | null | undefined;
};

/** A filter to be used against aggregates of `Team` object types. */
export type TeamAggregatesFilter = {
  /** Distinct count aggregate over matching `Team` objects. */
  distinctCount?: TeamDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Team` object to be included within the aggregate. */
  filter?: TeamFilter | null | undefined;
};

export type TeamDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  name?: BigIntFilter | null | undefined;
  ownerProfileId?: BigIntFilter | null | undefined;
  type?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Team` object types. All fields are combined with a logical ‘and.’ */
export type TeamFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TeamFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: TeamFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TeamFilter> | null | undefined;
  /** Filter by the object’s `ownerProfile` relation. */
  ownerProfile?: ProfileFilter | null | undefined;
  /** A related `ownerProfile` exists. */
  ownerProfileExists?: boolean | null | undefined;
  /** Filter by the object’s `ownerProfileId` field. */
  ownerProfileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profileCards` relation. */
  profileCards?: TeamToManyProfileCardFilter | null | undefined;
  /** Some related `profileCards` exist. */
  profileCardsExist?: boolean | null | undefined;
  /** Filter by the object’s `teamInvites` relation. */
  teamInvites?: TeamToManyTeamInviteFilter | null | undefined;
  /** Some related `teamInvites` exist. */
  teamInvitesExist?: boolean | null | undefined;
  /** Filter by the object’s `teamMemberships` relation. */
  teamMemberships?: TeamToManyTeamMembershipFilter | null | undefined;
  /** Some related `teamMemberships` exist. */
  teamMembershipsExist?: boolean | null | undefined;
  /** Filter by the object’s `type` field. */
  type?: StringFilter | null | undefined;
};

/** A filter to be used against aggregates of `TeamInvite` object types. */
export type TeamInviteAggregatesFilter = {
  /** Distinct count aggregate over matching `TeamInvite` objects. */
  distinctCount?: TeamInviteDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TeamInvite` object to be included within the aggregate. */
  filter?: TeamInviteFilter | null | undefined;
};

export type TeamInviteDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  expiresAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  invitedBy?: BigIntFilter | null | undefined;
  inviteeProfileId?: BigIntFilter | null | undefined;
  isExpired?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  teamId?: BigIntFilter | null | undefined;
  token?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TeamInvite` object types. All fields are combined with a logical ‘and.’ */
export type TeamInviteFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TeamInviteFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `expiresAt` field. */
  expiresAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `invitedBy` field. */
  invitedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `inviteeProfile` relation. */
  inviteeProfile?: ProfileFilter | null | undefined;
  /** A related `inviteeProfile` exists. */
  inviteeProfileExists?: boolean | null | undefined;
  /** Filter by the object’s `inviteeProfileId` field. */
  inviteeProfileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `isExpired` field. */
  isExpired?: BooleanFilter | null | undefined;
  /** Negates the expression. */
  not?: TeamInviteFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TeamInviteFilter> | null | undefined;
  /** Filter by the object’s `profileByInvitedBy` relation. */
  profileByInvitedBy?: ProfileFilter | null | undefined;
  /** A related `profileByInvitedBy` exists. */
  profileByInvitedByExists?: boolean | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `team` relation. */
  team?: TeamFilter | null | undefined;
  /** Filter by the object’s `teamId` field. */
  teamId?: UuidFilter | null | undefined;
  /** Filter by the object’s `token` field. */
  token?: StringFilter | null | undefined;
};

/** A filter to be used against aggregates of `TeamMembership` object types. */
export type TeamMembershipAggregatesFilter = {
  /** Distinct count aggregate over matching `TeamMembership` objects. */
  distinctCount?: TeamMembershipDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TeamMembership` object to be included within the aggregate. */
  filter?: TeamMembershipFilter | null | undefined;
};

export type TeamMembershipDistinctCountAggregateFilter = {
  id?: BigIntFilter | null | undefined;
  joinedAt?: BigIntFilter | null | undefined;
  legacyId?: BigIntFilter | null | undefined;
  legacyTable?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  role?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  teamId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TeamMembership` object types. All fields are combined with a logical ‘and.’ */
export type TeamMembershipFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TeamMembershipFilter> | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Filter by the object’s `joinedAt` field. */
  joinedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `legacyId` field. */
  legacyId?: StringFilter | null | undefined;
  /** Filter by the object’s `legacyTable` field. */
  legacyTable?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: TeamMembershipFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TeamMembershipFilter> | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `role` field. */
  role?: StringFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `team` relation. */
  team?: TeamFilter | null | undefined;
  /** Filter by the object’s `teamId` field. */
  teamId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `ProfileCard` object types. All fields are combined with a logical ‘and.’ */
export type TeamToManyProfileCardFilter = {
  /** Aggregates across related `ProfileCard` match the filter criteria. */
  aggregates?: ProfileCardAggregatesFilter | null | undefined;
  /** Every related `ProfileCard` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ProfileCardFilter | null | undefined;
  /** No related `ProfileCard` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ProfileCardFilter | null | undefined;
  /** Some related `ProfileCard` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ProfileCardFilter | null | undefined;
};

/** A filter to be used against many `TeamInvite` object types. All fields are combined with a logical ‘and.’ */
export type TeamToManyTeamInviteFilter = {
  /** Aggregates across related `TeamInvite` match the filter criteria. */
  aggregates?: TeamInviteAggregatesFilter | null | undefined;
  /** Every related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TeamInviteFilter | null | undefined;
  /** No related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TeamInviteFilter | null | undefined;
  /** Some related `TeamInvite` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TeamInviteFilter | null | undefined;
};

/** A filter to be used against many `TeamMembership` object types. All fields are combined with a logical ‘and.’ */
export type TeamToManyTeamMembershipFilter = {
  /** Aggregates across related `TeamMembership` match the filter criteria. */
  aggregates?: TeamMembershipAggregatesFilter | null | undefined;
  /** Every related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TeamMembershipFilter | null | undefined;
  /** No related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TeamMembershipFilter | null | undefined;
  /** Some related `TeamMembership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TeamMembershipFilter | null | undefined;
};

/** A filter to be used against UUID fields. All fields are combined with a logical ‘and.’ */
export type UuidFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

export const UserRole = {
  Admin: 'ADMIN',
  Finance: 'FINANCE',
  Manager: 'MANAGER',
  Support: 'SUPPORT',
  User: 'USER'
} as const;

export type UserRole = typeof UserRole[keyof typeof UserRole];
/** A filter to be used against UserRole fields. All fields are combined with a logical ‘and.’ */
export type UserRoleFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: UserRole | null | undefined;
  /** Equal to the specified value. */
  equalTo?: UserRole | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: UserRole | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: UserRole | null | undefined;
  /** Included in the specified list. */
  in?: Array<UserRole> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: UserRole | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: UserRole | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: UserRole | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: UserRole | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<UserRole> | null | undefined;
};

/** A filter to be used against aggregates of `WalletTopupRequest` object types. */
export type WalletTopupRequestAggregatesFilter = {
  /** Distinct count aggregate over matching `WalletTopupRequest` objects. */
  distinctCount?: WalletTopupRequestDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `WalletTopupRequest` object to be included within the aggregate. */
  filter?: WalletTopupRequestFilter | null | undefined;
};

export type WalletTopupRequestDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  id?: BigIntFilter | null | undefined;
  paymentTransactionId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  userId?: BigIntFilter | null | undefined;
  validatedBy?: BigIntFilter | null | undefined;
  walletId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `WalletTopupRequest` object types. All fields are combined with a logical ‘and.’ */
export type WalletTopupRequestFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<WalletTopupRequestFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `id` field. */
  id?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: WalletTopupRequestFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<WalletTopupRequestFilter> | null | undefined;
  /** Filter by the object’s `paymentTransaction` relation. */
  paymentTransaction?: ProfilePaymentTransactionFilter | null | undefined;
  /** A related `paymentTransaction` exists. */
  paymentTransactionExists?: boolean | null | undefined;
  /** Filter by the object’s `paymentTransactionId` field. */
  paymentTransactionId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `user` relation. */
  user?: ProfileFilter | null | undefined;
  /** Filter by the object’s `userId` field. */
  userId?: UuidFilter | null | undefined;
  /** Filter by the object’s `validatedBy` field. */
  validatedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `wallet` relation. */
  wallet?: ProfileWalletFilter | null | undefined;
  /** A related `wallet` exists. */
  walletExists?: boolean | null | undefined;
  /** Filter by the object’s `walletId` field. */
  walletId?: UuidFilter | null | undefined;
};

export type FeatureFlagsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeatureFlagsQuery = { __typename: 'Query', featureFlags: { __typename: 'FeatureFlagConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'FeatureFlagEdge', cursor: string | null, node: { __typename: 'FeatureFlag', id: string, enabled: boolean, description: string | null, updatedAt: string, updatedBy: string | null } }> } | null };

export type SetFeatureFlagMutationVariables = Exact<{
  id: string;
  enabled: boolean;
}>;


export type SetFeatureFlagMutation = { __typename: 'Mutation', updateFeatureFlag: { __typename: 'UpdateFeatureFlagPayload', featureFlag: { __typename: 'FeatureFlag', id: string, enabled: boolean, description: string | null, updatedAt: string, updatedBy: string | null } | null } | null };

export type CommunicationTemplateFieldsFragment = { __typename: 'CommunicationTemplate', id: string, channel: string, key: string, name: string, subject: string | null, body: string, variables: Array<string | null>, status: string, updatedAt: string };

export type SystemSettingFieldsFragment = { __typename: 'SystemSetting', id: string, value: JsonValue, description: string | null, updatedAt: string, updatedBy: string | null };

export type FeatureFlagFieldsFragment = { __typename: 'FeatureFlag', id: string, enabled: boolean, description: string | null, updatedAt: string, updatedBy: string | null };

export type SystemSettingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SystemSettingsQuery = { __typename: 'Query', systemSettings: { __typename: 'SystemSettingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'SystemSettingEdge', cursor: string | null, node: { __typename: 'SystemSetting', id: string, value: JsonValue, description: string | null, updatedAt: string, updatedBy: string | null } }> } | null };

export type UpdateSystemSettingMutationVariables = Exact<{
  id: string;
  value: unknown;
  description?: string | null | undefined;
}>;


export type UpdateSystemSettingMutation = { __typename: 'Mutation', updateSystemSetting: { __typename: 'UpdateSystemSettingPayload', systemSetting: { __typename: 'SystemSetting', id: string, value: JsonValue, description: string | null, updatedAt: string, updatedBy: string | null } | null } | null };

export type CommunicationTemplatesQueryVariables = Exact<{
  channel?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommunicationTemplatesQuery = { __typename: 'Query', communicationTemplates: { __typename: 'CommunicationTemplateConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'CommunicationTemplateEdge', cursor: string | null, node: { __typename: 'CommunicationTemplate', id: string, channel: string, key: string, name: string, subject: string | null, body: string, variables: Array<string | null>, status: string, updatedAt: string } }> } | null };

export type UpdateCommunicationTemplateMutationVariables = Exact<{
  id: string;
  patch: CommunicationTemplatePatch;
}>;


export type UpdateCommunicationTemplateMutation = { __typename: 'Mutation', updateCommunicationTemplate: { __typename: 'UpdateCommunicationTemplatePayload', communicationTemplate: { __typename: 'CommunicationTemplate', id: string, channel: string, key: string, name: string, subject: string | null, body: string, variables: Array<string | null>, status: string, updatedAt: string } | null } | null };

export type LeadBoardQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  orderBy?: Array<LeadOrderBy> | LeadOrderBy | null | undefined;
  first?: number | null | undefined;
}>;


export type LeadBoardQuery = { __typename: 'Query', leadStageCounts: { __typename: 'LeadStageCountConnection', nodes: Array<{ __typename: 'LeadStageCount', stage: LeadStage | null, leadCount: string | null, soldCount: string | null, unassignedCount: string | null, lastUpdatedAt: string | null }> } | null, newLead: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, potential: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, hotCase: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, meetingDone: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, callBack: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, whatsapp: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, noAnswer: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, nonPotential: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null, wrongNumber: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null };

export type LeadBoardColumnQueryVariables = Exact<{
  stage: LeadStage;
  filter?: LeadFilter | null | undefined;
  orderBy?: Array<LeadOrderBy> | LeadOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadBoardColumnQuery = { __typename: 'Query', leads: { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> } | null };

export type LeadCardFragment = { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null };

export type LeadPageFragment = { __typename: 'LeadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEdge', cursor: string | null, node: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } }> };

export type LeadDetailFieldsFragment = { __typename: 'Lead', clientPhone2: string | null, clientPhone3: string | null, clientEmail: string | null, clientJobTitle: string | null, feedback: string | null, cplPrice: string | null, isSold: boolean, soldAt: string | null, assignedAt: string | null, ownerId: string | null, buyerUserId: string | null, batchId: string | null, id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, owner: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, buyerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, project: { __typename: 'InventoryProject', id: string, name: string, developer: string, region: string } | null, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null };

export type LeadEventFieldsFragment = { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null };

export type LeadEventPageFragment = { __typename: 'LeadEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEventEdge', cursor: string | null, node: { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null } }> };

export type LeadTaskFieldsFragment = { __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type LeadLabelFieldsFragment = { __typename: 'LeadLabel', id: string, leadId: string, label: string, color: string | null, appliedAt: string };

export type LeadTransferFieldsFragment = { __typename: 'LeadTransfer', id: string, leadId: string, reason: string | null, createdAt: string, fromProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, toProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type LeadRecommendationFieldsFragment = { __typename: 'LeadRecommendation', id: string, leadId: string, source: string, recommendation: string | null, resultCount: number, filters: JsonValue, topUnits: JsonValue | null, createdAt: string };

export type LeadDetailQueryVariables = Exact<{
  id: string;
  eventsFirst?: number | null | undefined;
}>;


export type LeadDetailQuery = { __typename: 'Query', lead: { __typename: 'Lead', clientPhone2: string | null, clientPhone3: string | null, clientEmail: string | null, clientJobTitle: string | null, feedback: string | null, cplPrice: string | null, isSold: boolean, soldAt: string | null, assignedAt: string | null, ownerId: string | null, buyerUserId: string | null, batchId: string | null, id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, leadEvents: { __typename: 'LeadEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEventEdge', cursor: string | null, node: { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null } }> }, leadTasks: { __typename: 'LeadTaskConnection', totalCount: number, nodes: Array<{ __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null }> }, leadLabels: { __typename: 'LeadLabelConnection', nodes: Array<{ __typename: 'LeadLabel', id: string, leadId: string, label: string, color: string | null, appliedAt: string }> }, leadTransfers: { __typename: 'LeadTransferConnection', totalCount: number, nodes: Array<{ __typename: 'LeadTransfer', id: string, leadId: string, reason: string | null, createdAt: string, fromProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, toProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null }> }, leadRecommendations: { __typename: 'LeadRecommendationConnection', nodes: Array<{ __typename: 'LeadRecommendation', id: string, leadId: string, source: string, recommendation: string | null, resultCount: number, filters: JsonValue, topUnits: JsonValue | null, createdAt: string }> }, owner: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, buyerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, project: { __typename: 'InventoryProject', id: string, name: string, developer: string, region: string } | null, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } | null };

export type LeadTimelineQueryVariables = Exact<{
  id: string;
  eventsFirst?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadTimelineQuery = { __typename: 'Query', lead: { __typename: 'Lead', id: string, leadEvents: { __typename: 'LeadEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadEventEdge', cursor: string | null, node: { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null } }> } } | null };

export type MyLeadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LeadFilter | null | undefined;
  orderBy?: Array<LeadOrderBy> | LeadOrderBy | null | undefined;
}>;


export type MyLeadsQuery = { __typename: 'Query', leads: { __typename: 'LeadConnection', totalCount: number, byStage: Array<{ __typename: 'LeadAggregates', keys: Array<string | null> | null, distinctCount: { __typename: 'LeadDistinctCountAggregates', id: string | null } | null }> | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null }> } | null };

export type LeadChangedSubscriptionVariables = Exact<{
  leadId: string;
}>;


export type LeadChangedSubscription = { leadChanged: { __typename: 'LeadChange', kind: RealtimeChangeKind, leadId: string | null, lead: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } | null, event: { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null } | null, task: { __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null, label: { __typename: 'LeadLabel', id: string, leadId: string, label: string, color: string | null, appliedAt: string } | null, transfer: { __typename: 'LeadTransfer', id: string, leadId: string, reason: string | null, createdAt: string, fromProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, toProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type MyLeadsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyLeadsFeedSubscription = { myLeadsFeed: { __typename: 'LeadChange', kind: RealtimeChangeKind, leadId: string | null, lead: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } | null } | null };

export type UpdateLeadStageMutationVariables = Exact<{
  leadId: string;
  stage: LeadStage;
  note?: string | null | undefined;
}>;


export type UpdateLeadStageMutation = { __typename: 'Mutation', updateLeadStage: { __typename: 'UpdateLeadStagePayload', result: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } | null } | null };

export type TransferLeadMutationVariables = Exact<{
  leadId: string;
  toProfileId: string;
  reason?: string | null | undefined;
}>;


export type TransferLeadMutation = { __typename: 'Mutation', transferLead: { __typename: 'TransferLeadPayload', result: { __typename: 'LeadTransfer', id: string, leadId: string, reason: string | null, createdAt: string, lead: { __typename: 'Lead', id: string, clientName: string, clientPhone: string, companyName: string | null, stage: LeadStage | null, priority: string | null, budget: string | null, platform: PlatformType, source: string | null, projectId: string, projectName: string | null, assignedToId: string | null, nextFollowupAt: string | null, lastContactedAt: string | null, createdAt: string, updatedAt: string, assignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, ownerCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, assigneeCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, latestFeedback: Array<{ __typename: 'LeadEvent', id: string, eventType: string, payload: JsonValue, createdAt: string }> | null } | null, fromProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, toProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type AddLeadEventMutationVariables = Exact<{
  leadId: string;
  eventType: string;
  payload?: unknown;
}>;


export type AddLeadEventMutation = { __typename: 'Mutation', addLeadEvent: { __typename: 'AddLeadEventPayload', result: { __typename: 'LeadEvent', id: string, leadId: string, eventType: string, payload: JsonValue, createdAt: string, actorProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, actorCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null } | null } | null };

export type CreateLeadTaskMutationVariables = Exact<{
  leadId: string;
  taskType: string;
  dueAt: string;
  notes?: string | null | undefined;
  assigneeId?: string | null | undefined;
}>;


export type CreateLeadTaskMutation = { __typename: 'Mutation', createLeadTask: { __typename: 'CreateLeadTaskPayload', result: { __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type CompleteLeadTaskMutationVariables = Exact<{
  taskId: string;
  notes?: string | null | undefined;
}>;


export type CompleteLeadTaskMutation = { __typename: 'Mutation', completeLeadTask: { __typename: 'CompleteLeadTaskPayload', result: { __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type CancelLeadTaskMutationVariables = Exact<{
  taskId: string;
  reason?: string | null | undefined;
}>;


export type CancelLeadTaskMutation = { __typename: 'Mutation', cancelLeadTask: { __typename: 'CancelLeadTaskPayload', result: { __typename: 'LeadTask', id: string, leadId: string, taskType: string, status: string, dueAt: string | null, completedAt: string | null, notes: string | null, createdAt: string, updatedAt: string, assigneeId: string | null, assignee: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type AddLeadLabelMutationVariables = Exact<{
  leadId: string;
  label: string;
  color?: string | null | undefined;
}>;


export type AddLeadLabelMutation = { __typename: 'Mutation', addLeadLabel: { __typename: 'AddLeadLabelPayload', result: { __typename: 'LeadLabel', id: string, leadId: string, label: string, color: string | null, appliedAt: string } | null } | null };

export type RemoveLeadLabelMutationVariables = Exact<{
  leadId: string;
  label: string;
}>;


export type RemoveLeadLabelMutation = { __typename: 'Mutation', removeLeadLabel: { __typename: 'RemoveLeadLabelPayload', result: { __typename: 'LeadLabel', id: string, leadId: string, label: string, color: string | null, appliedAt: string } | null } | null };

export type RequestPhoneOtpMutationVariables = Exact<{
  phone: string;
}>;


export type RequestPhoneOtpMutation = { __typename: 'Mutation', requestPhoneOtp: { __typename: 'RequestPhoneOtpPayload', result: { __typename: 'PhoneOtpChallenge', phone: string | null, expiresAt: string | null } | null } | null };

export type VerifyPhoneOtpMutationVariables = Exact<{
  code: string;
}>;


export type VerifyPhoneOtpMutation = { __typename: 'Mutation', verifyPhoneOtp: { __typename: 'VerifyPhoneOtpPayload', result: { __typename: 'PhoneVerification', status: string | null, phone: string | null, verifiedAt: string | null, attemptsLeft: number | null } | null } | null };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { __typename: 'Query', currentProfile: { __typename: 'Profile', email: string, phone: string | null, avatarUrl: string | null, status: string, profileType: string, onboardingState: string, id: string, name: string, role: UserRole | null, profileCard: { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null } | null, teamMemberships: { __typename: 'TeamMembershipConnection', nodes: Array<{ __typename: 'TeamMembership', id: string, role: string, status: string, team: { __typename: 'Team', id: string, name: string } | null }> } } | null };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ProfileSummaryFragment = { __typename: 'Profile', id: string, name: string, role: UserRole | null };

export type PersonCardFragment = { __typename: 'ProfileCard', id: string, name: string, avatarUrl: string | null, roleLabel: string, teamId: string | null, teamName: string | null };

export type InventoryItemFieldsFragment = { __typename: 'InventoryItem', id: string, unitId: string | null, unitNumber: string | null, buildingNumber: string | null, compound: string | null, developer: string | null, area: string | null, propertyType: string | null, saleType: string | null, status: string, finishing: string | null, phase: string | null, floorNumber: number | null, numberOfBedrooms: number | null, numberOfBathrooms: number | null, unitArea: string | null, gardenArea: string | null, roofArea: string | null, priceInEgp: string | null, pricePerMeter: string | null, currency: string | null, paymentPlans: string | null, offers: string | null, readyBy: string | null, isLaunch: boolean | null, image: string | null, projectId: string | null, updatedAt: string };

export type ShopProjectFieldsFragment = { __typename: 'ShopProject', id: string, name: string | null, developer: string | null, region: string | null, description: string | null, availableLeads: string | null, pricePerLead: string | null, minPricePerLead: string | null, maxPricePerLead: string | null };

export type ShopLeadBatchFieldsFragment = { __typename: 'ShopLeadBatch', batchId: string | null, batchName: string | null, projectId: string | null, projectName: string | null, availableLeads: string | null, pricePerLead: string | null, oldestLeadAt: string | null, newestLeadAt: string | null };

export type LeadTransactionFieldsFragment = { __typename: 'LeadTransaction', id: string, transactionType: string, status: string, projectId: string | null, projectName: string | null, batchId: string | null, quantity: number, amount: string, currency: string, notes: string | null, createdAt: string, fulfilledAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectedReason: string | null };

export type ShopInventoryQueryVariables = Exact<{
  filter?: InventoryItemFilter | null | undefined;
  orderBy?: Array<InventoryItemOrderBy> | InventoryItemOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ShopInventoryQuery = { __typename: 'Query', inventoryItems: { __typename: 'InventoryItemConnection', totalCount: number, aggregates: { __typename: 'InventoryItemAggregates', min: { __typename: 'InventoryItemMinAggregates', priceInEgp: string | null, unitArea: string | null, numberOfBedrooms: number | null } | null, max: { __typename: 'InventoryItemMaxAggregates', priceInEgp: string | null, unitArea: string | null, numberOfBedrooms: number | null } | null, average: { __typename: 'InventoryItemAverageAggregates', priceInEgp: string | null, pricePerMeter: string | null } | null, distinctCount: { __typename: 'InventoryItemDistinctCountAggregates', compound: string | null, developer: string | null } | null } | null, byPropertyType: Array<{ __typename: 'InventoryItemAggregates', keys: Array<string | null> | null, distinctCount: { __typename: 'InventoryItemDistinctCountAggregates', id: string | null } | null }> | null, byBedrooms: Array<{ __typename: 'InventoryItemAggregates', keys: Array<string | null> | null, distinctCount: { __typename: 'InventoryItemDistinctCountAggregates', id: string | null } | null }> | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'InventoryItemEdge', cursor: string | null, node: { __typename: 'InventoryItem', id: string, unitId: string | null, unitNumber: string | null, buildingNumber: string | null, compound: string | null, developer: string | null, area: string | null, propertyType: string | null, saleType: string | null, status: string, finishing: string | null, phase: string | null, floorNumber: number | null, numberOfBedrooms: number | null, numberOfBathrooms: number | null, unitArea: string | null, gardenArea: string | null, roofArea: string | null, priceInEgp: string | null, pricePerMeter: string | null, currency: string | null, paymentPlans: string | null, offers: string | null, readyBy: string | null, isLaunch: boolean | null, image: string | null, projectId: string | null, updatedAt: string } }> } | null };

export type ShopProjectsQueryVariables = Exact<{
  filter?: ShopProjectFilter | null | undefined;
  orderBy?: Array<ShopProjectOrderBy> | ShopProjectOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ShopProjectsQuery = { __typename: 'Query', shopProjects: { __typename: 'ShopProjectConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'ShopProjectEdge', cursor: string | null, node: { __typename: 'ShopProject', id: string, name: string | null, developer: string | null, region: string | null, description: string | null, availableLeads: string | null, pricePerLead: string | null, minPricePerLead: string | null, maxPricePerLead: string | null } }> } | null };

export type ShopLeadBatchesQueryVariables = Exact<{
  projectId?: string | null | undefined;
  orderBy?: Array<ShopLeadBatchOrderBy> | ShopLeadBatchOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ShopLeadBatchesQuery = { __typename: 'Query', shopLeadBatches: { __typename: 'ShopLeadBatchConnection', totalCount: number, aggregates: { __typename: 'ShopLeadBatchAggregates', sum: { __typename: 'ShopLeadBatchSumAggregates', availableLeads: string } | null, min: { __typename: 'ShopLeadBatchMinAggregates', pricePerLead: string | null } | null } | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'ShopLeadBatchEdge', cursor: string | null, node: { __typename: 'ShopLeadBatch', batchId: string | null, batchName: string | null, projectId: string | null, projectName: string | null, availableLeads: string | null, pricePerLead: string | null, oldestLeadAt: string | null, newestLeadAt: string | null } }> } | null };

export type PurchaseLeadsMutationVariables = Exact<{
  projectId: string;
  quantity: number;
  batchId?: string | null | undefined;
}>;


export type PurchaseLeadsMutation = { __typename: 'Mutation', purchaseLeads: { __typename: 'PurchaseLeadsPayload', result: { __typename: 'LeadTransaction', id: string, transactionType: string, status: string, projectId: string | null, projectName: string | null, batchId: string | null, quantity: number, amount: string, currency: string, notes: string | null, createdAt: string, fulfilledAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectedReason: string | null, profile: { __typename: 'Profile', id: string, profileWallet: { __typename: 'ProfileWallet', id: string, balance: string } | null } | null } | null } | null };

export type RequestLeadsMutationVariables = Exact<{
  projectId: string;
  quantity: number;
  notes?: string | null | undefined;
}>;


export type RequestLeadsMutation = { __typename: 'Mutation', requestLeads: { __typename: 'RequestLeadsPayload', result: { __typename: 'LeadTransaction', id: string, transactionType: string, status: string, projectId: string | null, projectName: string | null, batchId: string | null, quantity: number, amount: string, currency: string, notes: string | null, createdAt: string, fulfilledAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectedReason: string | null } | null } | null };

export type MyLeadTransactionsQueryVariables = Exact<{
  profileId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyLeadTransactionsQuery = { __typename: 'Query', leadTransactions: { __typename: 'LeadTransactionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'LeadTransactionEdge', cursor: string | null, node: { __typename: 'LeadTransaction', id: string, transactionType: string, status: string, projectId: string | null, projectName: string | null, batchId: string | null, quantity: number, amount: string, currency: string, notes: string | null, createdAt: string, fulfilledAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectedReason: string | null } }> } | null };

export type SupportThreadSummaryFragment = { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type SupportActivityFieldsFragment = { __typename: 'SupportActivity', id: string, messageCount: string | null, userMessageCount: string | null, internalMessageCount: string | null, firstResponseAt: string | null, firstResponseSeconds: string | null, lastMessageAt: string | null, lastActivityAt: string | null };

export type SupportMessageFieldsFragment = { __typename: 'SupportMessage', id: string, threadId: string, messageType: string, body: string, attachments: JsonValue, isOpening: boolean, createdAt: string, authorId: string | null, author: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type SupportMessagePageFragment = { __typename: 'SupportMessageConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'SupportMessageEdge', cursor: string | null, node: { __typename: 'SupportMessage', id: string, threadId: string, messageType: string, body: string, attachments: JsonValue, isOpening: boolean, createdAt: string, authorId: string | null, author: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } }> };

export type SupportInboxQueryVariables = Exact<{
  condition?: SupportThreadCondition | null | undefined;
  filter?: SupportThreadFilter | null | undefined;
  orderBy?: Array<SupportThreadOrderBy> | SupportThreadOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportInboxQuery = { __typename: 'Query', supportThreads: { __typename: 'SupportThreadConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'SupportThreadEdge', cursor: string | null, node: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, supportActivity: { __typename: 'SupportActivity', id: string, messageCount: string | null, userMessageCount: string | null, internalMessageCount: string | null, firstResponseAt: string | null, firstResponseSeconds: string | null, lastMessageAt: string | null, lastActivityAt: string | null } | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } }> } | null, byStatus: { __typename: 'SupportThreadConnection', groupedAggregates: Array<{ __typename: 'SupportThreadAggregates', keys: Array<string | null> | null, distinctCount: { __typename: 'SupportThreadDistinctCountAggregates', id: string | null } | null }> | null } | null };

export type SupportThreadChangedSubscriptionVariables = Exact<{
  threadId: string;
}>;


export type SupportThreadChangedSubscription = { supportThreadChanged: { __typename: 'SupportThreadChange', kind: RealtimeChangeKind, threadId: string | null, thread: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null, message: { __typename: 'SupportMessage', id: string, threadId: string, messageType: string, body: string, attachments: JsonValue, isOpening: boolean, createdAt: string, authorId: string | null, author: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type SupportQueueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SupportQueueSubscription = { supportQueue: { __typename: 'SupportThreadChange', kind: RealtimeChangeKind, threadId: string | null, thread: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type SupportThreadQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportThreadQuery = { __typename: 'Query', supportThread: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, supportActivity: { __typename: 'SupportActivity', id: string, messageCount: string | null, userMessageCount: string | null, internalMessageCount: string | null, firstResponseAt: string | null, firstResponseSeconds: string | null, lastMessageAt: string | null, lastActivityAt: string | null } | null, messages: { __typename: 'SupportMessageConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'SupportMessageEdge', cursor: string | null, node: { __typename: 'SupportMessage', id: string, threadId: string, messageType: string, body: string, attachments: JsonValue, isOpening: boolean, createdAt: string, authorId: string | null, author: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } }> }, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null };

export type OpenSupportThreadMutationVariables = Exact<{
  subject: string;
  body: string;
  priority?: string | null | undefined;
  attachments?: unknown;
}>;


export type OpenSupportThreadMutation = { __typename: 'Mutation', openSupportThread: { __typename: 'OpenSupportThreadPayload', result: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type ReplyToSupportThreadMutationVariables = Exact<{
  threadId: string;
  body: string;
  internal?: boolean | null | undefined;
  attachments?: unknown;
}>;


export type ReplyToSupportThreadMutation = { __typename: 'Mutation', replyToSupportThread: { __typename: 'ReplyToSupportThreadPayload', result: { __typename: 'SupportMessage', id: string, threadId: string, messageType: string, body: string, attachments: JsonValue, isOpening: boolean, createdAt: string, authorId: string | null, thread: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null, author: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type ResolveSupportThreadMutationVariables = Exact<{
  threadId: string;
  resolutionNote?: string | null | undefined;
}>;


export type ResolveSupportThreadMutation = { __typename: 'Mutation', resolveSupportThread: { __typename: 'ResolveSupportThreadPayload', result: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type ReopenSupportThreadMutationVariables = Exact<{
  threadId: string;
  reason?: string | null | undefined;
}>;


export type ReopenSupportThreadMutation = { __typename: 'Mutation', reopenSupportThread: { __typename: 'ReopenSupportThreadPayload', result: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type CloseSupportThreadMutationVariables = Exact<{
  threadId: string;
  reason?: string | null | undefined;
}>;


export type CloseSupportThreadMutation = { __typename: 'Mutation', closeSupportThread: { __typename: 'CloseSupportThreadPayload', result: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type AssignSupportThreadMutationVariables = Exact<{
  threadId: string;
  assigneeId: string;
}>;


export type AssignSupportThreadMutation = { __typename: 'Mutation', assignSupportThread: { __typename: 'AssignSupportThreadPayload', result: { __typename: 'SupportThread', id: string, subject: string, status: string, priority: string, createdBy: string, assignedTo: string | null, createdAt: string, updatedAt: string, resolvedAt: string | null, profileByCreatedBy: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, profileByAssignedTo: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type TeamFieldsFragment = { __typename: 'Team', id: string, name: string, type: string, description: string | null, ownerProfileId: string | null, createdAt: string, ownerProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type TeamMemberFieldsFragment = { __typename: 'TeamMembership', id: string, teamId: string, profileId: string, role: string, status: string, joinedAt: string | null, profile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null };

export type TeamInviteFieldsFragment = { __typename: 'TeamInvite', id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string };

export type TeamsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamsQuery = { __typename: 'Query', teams: { __typename: 'TeamConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'TeamEdge', cursor: string | null, node: { __typename: 'Team', id: string, name: string, type: string, description: string | null, ownerProfileId: string | null, createdAt: string, teamMemberships: { __typename: 'TeamMembershipConnection', totalCount: number }, ownerProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } }> } | null };

export type TeamQueryVariables = Exact<{
  id: string;
  membersFirst?: number | null | undefined;
}>;


export type TeamQuery = { __typename: 'Query', team: { __typename: 'Team', id: string, name: string, type: string, description: string | null, ownerProfileId: string | null, createdAt: string, teamMemberships: { __typename: 'TeamMembershipConnection', totalCount: number, nodes: Array<{ __typename: 'TeamMembership', id: string, teamId: string, profileId: string, role: string, status: string, joinedAt: string | null, profile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null }> }, teamInvites: { __typename: 'TeamInviteConnection', totalCount: number, nodes: Array<{ __typename: 'TeamInvite', id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string }> }, ownerProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null };

export type TeamInviteByTokenQueryVariables = Exact<{
  token: string;
}>;


export type TeamInviteByTokenQuery = { __typename: 'Query', teamInviteByToken: { __typename: 'TeamInvite', id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string, team: { __typename: 'Team', id: string, name: string } | null } | null };

export type InviteToTeamMutationVariables = Exact<{
  teamId: string;
  inviteeEmail: string;
  role?: string | null | undefined;
}>;


export type InviteToTeamMutation = { __typename: 'Mutation', inviteToTeam: { __typename: 'InviteToTeamPayload', result: { __typename: 'TeamInvite', token: string, id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string } | null } | null };

export type AcceptTeamInviteMutationVariables = Exact<{
  token: string;
}>;


export type AcceptTeamInviteMutation = { __typename: 'Mutation', acceptTeamInvite: { __typename: 'AcceptTeamInvitePayload', result: { __typename: 'TeamMembership', id: string, teamId: string, profileId: string, role: string, status: string, joinedAt: string | null, team: { __typename: 'Team', id: string, name: string, type: string, description: string | null, ownerProfileId: string | null, createdAt: string, ownerProfile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null, profile: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null } | null } | null };

export type DeclineTeamInviteMutationVariables = Exact<{
  token: string;
}>;


export type DeclineTeamInviteMutation = { __typename: 'Mutation', declineTeamInvite: { __typename: 'DeclineTeamInvitePayload', result: { __typename: 'TeamInvite', id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string } | null } | null };

export type RevokeTeamInviteMutationVariables = Exact<{
  inviteId: string;
}>;


export type RevokeTeamInviteMutation = { __typename: 'Mutation', revokeTeamInvite: { __typename: 'RevokeTeamInvitePayload', result: { __typename: 'TeamInvite', id: string, teamId: string, inviteeEmail: string, role: string, status: string, isExpired: boolean | null, expiresAt: string, respondedAt: string | null, createdAt: string } | null } | null };

export type TopupRequestQueueQueryVariables = Exact<{
  status?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TopupRequestQueueQuery = { __typename: 'Query', walletTopupRequests: { __typename: 'WalletTopupRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'WalletTopupRequestEdge', cursor: string | null, node: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string, user: { __typename: 'Profile', id: string, name: string, role: UserRole | null } | null, wallet: { __typename: 'ProfileWallet', id: string, profileId: string, balance: string, currency: string, updatedAt: string } | null } }> } | null };

export type ApproveWalletTopupMutationVariables = Exact<{
  requestId: string;
  adminNotes?: string | null | undefined;
}>;


export type ApproveWalletTopupMutation = { __typename: 'Mutation', approveWalletTopup: { __typename: 'ApproveWalletTopupPayload', result: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string, wallet: { __typename: 'ProfileWallet', id: string, profileId: string, balance: string, currency: string, updatedAt: string } | null } | null } | null };

export type RejectWalletTopupMutationVariables = Exact<{
  requestId: string;
  reason: string;
  adminNotes?: string | null | undefined;
}>;


export type RejectWalletTopupMutation = { __typename: 'Mutation', rejectWalletTopup: { __typename: 'RejectWalletTopupPayload', result: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string } | null } | null };

export type WalletFieldsFragment = { __typename: 'ProfileWallet', id: string, profileId: string, balance: string, currency: string, updatedAt: string };

export type WalletLedgerEntryFieldsFragment = { __typename: 'ProfileWalletLedger', id: string, walletId: string, profileId: string, entryType: string, amount: string, status: string, source: string, description: string | null, referenceType: string | null, referenceId: string | null, createdAt: string };

export type TopupRequestFieldsFragment = { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string };

export type MyWalletChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyWalletChangesSubscription = { myWallet: { __typename: 'WalletChange', kind: RealtimeChangeKind, wallet: { __typename: 'ProfileWallet', id: string, profileId: string, balance: string, currency: string, updatedAt: string } | null, ledgerEntry: { __typename: 'ProfileWalletLedger', id: string, walletId: string, profileId: string, entryType: string, amount: string, status: string, source: string, description: string | null, referenceType: string | null, referenceId: string | null, createdAt: string } | null } | null };

export type MyWalletQueryVariables = Exact<{
  profileId: string;
}>;


export type MyWalletQuery = { __typename: 'Query', profileWalletByProfileId: { __typename: 'ProfileWallet', id: string, profileId: string, balance: string, currency: string, updatedAt: string } | null, profileWalletSummaries: { __typename: 'ProfileWalletSummaryConnection', nodes: Array<{ __typename: 'ProfileWalletSummary', walletId: string | null, balance: string | null, currency: string | null, pendingCredits: string | null, pendingDebits: string | null, pendingTopups: string | null, completedEntries: string | null, lastEntryAt: string | null }> } | null };

export type WalletLedgerQueryVariables = Exact<{
  profileId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WalletLedgerQuery = { __typename: 'Query', profileWalletLedgers: { __typename: 'ProfileWalletLedgerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'ProfileWalletLedgerEdge', cursor: string | null, node: { __typename: 'ProfileWalletLedger', id: string, walletId: string, profileId: string, entryType: string, amount: string, status: string, source: string, description: string | null, referenceType: string | null, referenceId: string | null, createdAt: string } }> } | null };

export type MyTopupRequestsQueryVariables = Exact<{
  profileId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTopupRequestsQuery = { __typename: 'Query', walletTopupRequests: { __typename: 'WalletTopupRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'WalletTopupRequestEdge', cursor: string | null, node: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string } }> } | null };

export type RequestWalletTopupMutationVariables = Exact<{
  amount: string;
  paymentMethod: string;
  receiptFileUrl?: string | null | undefined;
  receiptFileName?: string | null | undefined;
}>;


export type RequestWalletTopupMutation = { __typename: 'Mutation', requestWalletTopup: { __typename: 'RequestWalletTopupPayload', result: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string } | null } | null };

export type CancelWalletTopupMutationVariables = Exact<{
  requestId: string;
}>;


export type CancelWalletTopupMutation = { __typename: 'Mutation', cancelWalletTopup: { __typename: 'CancelWalletTopupPayload', result: { __typename: 'WalletTopupRequest', id: string, userId: string, walletId: string | null, amount: string, paymentMethod: string, status: string, receiptFileUrl: string | null, receiptFileName: string | null, adminNotes: string | null, rejectedReason: string | null, validatedAt: string | null, validatedBy: string | null, createdAt: string, updatedAt: string } | null } | null };

export const CommunicationTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CommunicationTemplateFieldsFragment, unknown>;
export const SystemSettingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SystemSettingFieldsFragment, unknown>;
export const FeatureFlagFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<FeatureFlagFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const ProfileSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<ProfileSummaryFragment, unknown>;
export const PersonCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const LeadCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]} as unknown as DocumentNode<LeadCardFragment, unknown>;
export const LeadPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LeadPageFragment, unknown>;
export const LeadDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone2"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone3"}},{"kind":"Field","name":{"kind":"Name","value":"clientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"clientJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"cplPrice"}},{"kind":"Field","name":{"kind":"Name","value":"isSold"}},{"kind":"Field","name":{"kind":"Name","value":"soldAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LeadDetailFieldsFragment, unknown>;
export const LeadEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]} as unknown as DocumentNode<LeadEventFieldsFragment, unknown>;
export const LeadEventPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}}]} as unknown as DocumentNode<LeadEventPageFragment, unknown>;
export const LeadTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<LeadTaskFieldsFragment, unknown>;
export const LeadLabelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<LeadLabelFieldsFragment, unknown>;
export const LeadTransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<LeadTransferFieldsFragment, unknown>;
export const LeadRecommendationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadRecommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"resultCount"}},{"kind":"Field","name":{"kind":"Name","value":"filters"}},{"kind":"Field","name":{"kind":"Name","value":"topUnits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LeadRecommendationFieldsFragment, unknown>;
export const InventoryItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventoryItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buildingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"compound"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"saleType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishing"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"floorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"unitArea"}},{"kind":"Field","name":{"kind":"Name","value":"gardenArea"}},{"kind":"Field","name":{"kind":"Name","value":"roofArea"}},{"kind":"Field","name":{"kind":"Name","value":"priceInEgp"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMeter"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlans"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"isLaunch"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InventoryItemFieldsFragment, unknown>;
export const ShopProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShopProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availableLeads"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"minPricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"maxPricePerLead"}}]}}]} as unknown as DocumentNode<ShopProjectFieldsFragment, unknown>;
export const ShopLeadBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopLeadBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShopLeadBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"availableLeads"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestLeadAt"}},{"kind":"Field","name":{"kind":"Name","value":"newestLeadAt"}}]}}]} as unknown as DocumentNode<ShopLeadBatchFieldsFragment, unknown>;
export const LeadTransactionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}}]}}]} as unknown as DocumentNode<LeadTransactionFieldsFragment, unknown>;
export const SupportThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SupportThreadSummaryFragment, unknown>;
export const SupportActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"userMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"internalMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<SupportActivityFieldsFragment, unknown>;
export const SupportMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"isOpening"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SupportMessageFieldsFragment, unknown>;
export const SupportMessagePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessagePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessageConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"isOpening"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<SupportMessagePageFragment, unknown>;
export const TeamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<TeamFieldsFragment, unknown>;
export const TeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<TeamMemberFieldsFragment, unknown>;
export const TeamInviteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TeamInviteFieldsFragment, unknown>;
export const WalletFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletFieldsFragment, unknown>;
export const WalletLedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWalletLedger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"referenceId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WalletLedgerEntryFieldsFragment, unknown>;
export const TopupRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TopupRequestFieldsFragment, unknown>;
export const FeatureFlagsDocument = {"__meta__":{"hash":"sha256:2550e374b064a0034933385d76895de1e934cd97f8f4c823a224b118de91e0af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"featureFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureFlagFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<FeatureFlagsQuery, FeatureFlagsQueryVariables>;
export const SetFeatureFlagDocument = {"__meta__":{"hash":"sha256:cd8166fcdfcf059beb4fa77c2a845c52848771df67ed45668aff47a0e1673ac8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFeatureFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFeatureFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"featureFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureFlagFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SetFeatureFlagMutation, SetFeatureFlagMutationVariables>;
export const SystemSettingsDocument = {"__meta__":{"hash":"sha256:615d605d30f97db81d54a8da8251b69b557900157cb81fd7bb92f20e9e6246df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"systemSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemSettingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SystemSettingsQuery, SystemSettingsQueryVariables>;
export const UpdateSystemSettingDocument = {"__meta__":{"hash":"sha256:9f57395467694d1227e3dcb4189c777a45133d3e741f84ac8f58916a07eb3754"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSystemSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSystemSetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"systemSetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemSettingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<UpdateSystemSettingMutation, UpdateSystemSettingMutationVariables>;
export const CommunicationTemplatesDocument = {"__meta__":{"hash":"sha256:2d8aed3c61ee276e6bdcf35151bef36a98f1f29fd5cd6f0fd8af1aec0b2c0a19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"communicationTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHANNEL_ASC"},{"kind":"EnumValue","value":"KEY_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationTemplateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CommunicationTemplatesQuery, CommunicationTemplatesQueryVariables>;
export const UpdateCommunicationTemplateDocument = {"__meta__":{"hash":"sha256:2f6a5320bb9eed5eadadbf94a49bd68de791f652a9a839168240b6b5fe4f7825"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunicationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplatePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCommunicationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"communicationTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationTemplateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateCommunicationTemplateMutation, UpdateCommunicationTemplateMutationVariables>;
export const LeadBoardDocument = {"__meta__":{"hash":"sha256:9c97d3fe0cd0feb2e52218050a685a8437486ea767f5ec387ccda0302527b2ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leadStageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leadCount"}},{"kind":"Field","name":{"kind":"Name","value":"soldCount"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"newLead"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"NEW_LEAD"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"potential"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"POTENTIAL"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hotCase"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"HOT_CASE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"meetingDone"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"MEETING_DONE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"callBack"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"CALL_BACK"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"whatsapp"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"WHATSAPP"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"noAnswer"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"NO_ANSWER"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nonPotential"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"NON_POTENTIAL"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"wrongNumber"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"WRONG_NUMBER"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}}]} as unknown as DocumentNode<LeadBoardQuery, LeadBoardQueryVariables>;
export const LeadBoardColumnDocument = {"__meta__":{"hash":"sha256:4c805aa10454c21a973af1fc74fa054fccc0aff15e73da84acb6e8f2503e0b17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}}]} as unknown as DocumentNode<LeadBoardColumnQuery, LeadBoardColumnQueryVariables>;
export const LeadDetailDocument = {"__meta__":{"hash":"sha256:61c822eaeb233844ba18b67be45a6c2c3e751df30c5c1fe3f11215b9f3b7b38f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"leadEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DUE_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransferFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRecommendationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone2"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone3"}},{"kind":"Field","name":{"kind":"Name","value":"clientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"clientJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"cplPrice"}},{"kind":"Field","name":{"kind":"Name","value":"isSold"}},{"kind":"Field","name":{"kind":"Name","value":"soldAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadRecommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"resultCount"}},{"kind":"Field","name":{"kind":"Name","value":"filters"}},{"kind":"Field","name":{"kind":"Name","value":"topUnits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LeadDetailQuery, LeadDetailQueryVariables>;
export const LeadTimelineDocument = {"__meta__":{"hash":"sha256:f470c0edf6690d6b7a4b8c04c43a1b6d101b547fc381a842b7666fc80c6965eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventFields"}}]}}]}}]}}]} as unknown as DocumentNode<LeadTimelineQuery, LeadTimelineQueryVariables>;
export const MyLeadsDocument = {"__meta__":{"hash":"sha256:f4eda9f5e5493a7c25ec07ec0a03829d872f8a7bd7867765647f3272fd07e154"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","alias":{"kind":"Name","value":"byStage"},"name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STAGE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"distinctCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyLeadsQuery, MyLeadsQueryVariables>;
export const LeadChangedDocument = {"__meta__":{"hash":"sha256:9d6746bc7adaa1b20232c9deaae893e262a6a0b5f3f459ab0de3b9c064d436bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<LeadChangedSubscription, LeadChangedSubscriptionVariables>;
export const MyLeadsFeedDocument = {"__meta__":{"hash":"sha256:70090963a938ba83fe571fb704e62ef35ad5d83703308c19e0c2ff2d500aba0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyLeadsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLeadsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyLeadsFeedSubscription, MyLeadsFeedSubscriptionVariables>;
export const UpdateLeadStageDocument = {"__meta__":{"hash":"sha256:36cfb17c4b4f6d57802636bdc786a016c5aeb83f0eaee874d9807bf732294541"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateLeadStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadStageMutation, UpdateLeadStageMutationVariables>;
export const TransferLeadDocument = {"__meta__":{"hash":"sha256:5bdf1df46473e6725718da87ef1af2329a565b6cc16fc88f18dac60309489c2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toProfileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transferLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"toProfileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toProfileId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransferFields"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowupAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TransferLeadMutation, TransferLeadMutationVariables>;
export const AddLeadEventDocument = {"__meta__":{"hash":"sha256:65f5199fd1ccdf2dad3672aebd3cb985a5dc6024090bb0b2ea734f229d712fb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLeadEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addLeadEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"payload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payload"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}}]} as unknown as DocumentNode<AddLeadEventMutation, AddLeadEventMutationVariables>;
export const CreateLeadTaskDocument = {"__meta__":{"hash":"sha256:914fe67aca81110992cdcac53488fb421f876f8c318c610874eb0e7f9e49bfcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLeadTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"taskType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<CreateLeadTaskMutation, CreateLeadTaskMutationVariables>;
export const CompleteLeadTaskDocument = {"__meta__":{"hash":"sha256:9760eea4dede3fa5db0c480c98048b7d98fb0a181de33383014e18508c62c9b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteLeadTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeLeadTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<CompleteLeadTaskMutation, CompleteLeadTaskMutationVariables>;
export const CancelLeadTaskDocument = {"__meta__":{"hash":"sha256:76599af3fe6b694ed3208286ebf8569bfc351807d697b6e122a4ebb3768246c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeadTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelLeadTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<CancelLeadTaskMutation, CancelLeadTaskMutationVariables>;
export const AddLeadLabelDocument = {"__meta__":{"hash":"sha256:c464bfa9f538be2c2cededb16703f12bf5274c3ddadd50595b3c17d2974590b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLeadLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"color"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addLeadLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"color"},"value":{"kind":"Variable","name":{"kind":"Name","value":"color"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadLabelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<AddLeadLabelMutation, AddLeadLabelMutationVariables>;
export const RemoveLeadLabelDocument = {"__meta__":{"hash":"sha256:26079a81233e5c120f9883116f04149e3d7715f0bab25c36269bb7fb46cb09f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLeadLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeLeadLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadLabelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]} as unknown as DocumentNode<RemoveLeadLabelMutation, RemoveLeadLabelMutationVariables>;
export const RequestPhoneOtpDocument = {"__meta__":{"hash":"sha256:5bd0d2be5e35e1937decfa17129f788364b91d4c02ef04b52d505aea5a06b016"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPhoneOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPhoneOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPhoneOtpMutation, RequestPhoneOtpMutationVariables>;
export const VerifyPhoneOtpDocument = {"__meta__":{"hash":"sha256:92eb449b35b50c4016c98a3565f95aee6120b587fdc65d85793fc79f387ee602"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPhoneOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyPhoneOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyPhoneOtpMutation, VerifyPhoneOtpMutationVariables>;
export const CurrentUserDocument = {"__meta__":{"hash":"sha256:5d176bb3d81a7a9e5a6ab1dce1184ed65e59d70295ad81937cc9feb2344d0b89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"currentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profileType"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingState"}},{"kind":"Field","name":{"kind":"Name","value":"profileCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"active","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const ShopInventoryDocument = {"__meta__":{"hash":"sha256:da583888ffc957031c01fe8aaa61e599723e5259bad6567d1efde6c437f06488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItemOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRICE_IN_EGP_ASC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"priceInEgp"}},{"kind":"Field","name":{"kind":"Name","value":"unitArea"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBedrooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"priceInEgp"}},{"kind":"Field","name":{"kind":"Name","value":"unitArea"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBedrooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"average"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"priceInEgp"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMeter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distinctCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"compound"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byPropertyType"},"name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPERTY_TYPE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"distinctCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byBedrooms"},"name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NUMBER_OF_BEDROOMS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"distinctCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InventoryItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventoryItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buildingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"compound"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"saleType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishing"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"floorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfBathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"unitArea"}},{"kind":"Field","name":{"kind":"Name","value":"gardenArea"}},{"kind":"Field","name":{"kind":"Name","value":"roofArea"}},{"kind":"Field","name":{"kind":"Name","value":"priceInEgp"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMeter"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlans"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"isLaunch"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ShopInventoryQuery, ShopInventoryQueryVariables>;
export const ShopProjectsDocument = {"__meta__":{"hash":"sha256:b046987fa02c46a93f98fbd04ebb43e910415ee2e4f0d0438166eba699d66e18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopProjectFilter"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"availableLeads"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThan"},"value":{"kind":"StringValue","value":"0","block":false}}]}}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopProjectOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRICE_PER_LEAD_ASC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"shopProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopProjectFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShopProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developer"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"availableLeads"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"minPricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"maxPricePerLead"}}]}}]} as unknown as DocumentNode<ShopProjectsQuery, ShopProjectsQueryVariables>;
export const ShopLeadBatchesDocument = {"__meta__":{"hash":"sha256:cc950d4432b68a88ba3678535df6930c72c0db669863b6893c1d0ab38b97bb18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopLeadBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopLeadBatchOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEWEST_LEAD_AT_DESC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"shopLeadBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"availableLeads"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThan"},"value":{"kind":"StringValue","value":"0","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableLeads"}}]}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerLead"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopLeadBatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopLeadBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShopLeadBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"availableLeads"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerLead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestLeadAt"}},{"kind":"Field","name":{"kind":"Name","value":"newestLeadAt"}}]}}]} as unknown as DocumentNode<ShopLeadBatchesQuery, ShopLeadBatchesQueryVariables>;
export const PurchaseLeadsDocument = {"__meta__":{"hash":"sha256:5e90226a04719004dee815d99bc462bbaf0dfcfb84f3cd27bdf014a0c96847f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransactionFields"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}}]}}]} as unknown as DocumentNode<PurchaseLeadsMutation, PurchaseLeadsMutationVariables>;
export const RequestLeadsDocument = {"__meta__":{"hash":"sha256:db40d766b2dff632320042b64d1396536890d068446870893b55bcbb861fbcc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransactionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}}]}}]} as unknown as DocumentNode<RequestLeadsMutation, RequestLeadsMutationVariables>;
export const MyLeadTransactionsDocument = {"__meta__":{"hash":"sha256:b559dfcd99e649eca1ecdbfa05d0782cd8c9ed605a57cf5d3d43154634c36040"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeadTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leadTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadTransactionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}}]}}]} as unknown as DocumentNode<MyLeadTransactionsQuery, MyLeadTransactionsQueryVariables>;
export const SupportInboxDocument = {"__meta__":{"hash":"sha256:14ab04d59a8e103ce27f985797db51f716f97689976a11931e2646c7813706ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThreadCondition"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThreadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThreadOrderBy"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UPDATED_AT_DESC"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"supportThreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"supportActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportActivityFields"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"supportThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"distinctCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"userMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"internalMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]} as unknown as DocumentNode<SupportInboxQuery, SupportInboxQueryVariables>;
export const SupportThreadChangedDocument = {"__meta__":{"hash":"sha256:c260f9fed9678e1778018499d7e3f7c710524f3642a221a4882762e12df9baed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupportThreadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportThreadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"isOpening"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<SupportThreadChangedSubscription, SupportThreadChangedSubscriptionVariables>;
export const SupportQueueDocument = {"__meta__":{"hash":"sha256:fe2785dcf0956c05abe2ec0ce532af1626cc23085aae03b9a0d9421b181239d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupportQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<SupportQueueSubscription, SupportQueueSubscriptionVariables>;
export const SupportThreadDocument = {"__meta__":{"hash":"sha256:028894d83f04854ac3989efd4a2c5e2cd6fa071ee9616932fdaf20210e3ef24f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"supportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"supportActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportMessagePage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"isOpening"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"userMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"internalMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessagePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessageConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportMessageFields"}}]}}]}}]}}]} as unknown as DocumentNode<SupportThreadQuery, SupportThreadQueryVariables>;
export const OpenSupportThreadDocument = {"__meta__":{"hash":"sha256:6b73381d35b4aae38f4a6da4586048d24f19d2cf415ba84f19abdbf2456340db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attachments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<OpenSupportThreadMutation, OpenSupportThreadMutationVariables>;
export const ReplyToSupportThreadDocument = {"__meta__":{"hash":"sha256:bc16095dcdbe3a3d2b118c69f770b2bf96a8166c84ff456b4840aa9000c7265c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replyToSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"internal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internal"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attachments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"isOpening"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<ReplyToSupportThreadMutation, ReplyToSupportThreadMutationVariables>;
export const ResolveSupportThreadDocument = {"__meta__":{"hash":"sha256:aecb5607ad2e7b2579d6c441b7fef823f62c56454ac3243f97e474872e07295d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolutionNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolveSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"resolutionNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolutionNote"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<ResolveSupportThreadMutation, ResolveSupportThreadMutationVariables>;
export const ReopenSupportThreadDocument = {"__meta__":{"hash":"sha256:c64c111299729cd271e4bd096196098d801693d53756a6afa09cb08bfa1f79d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reopenSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<ReopenSupportThreadMutation, ReopenSupportThreadMutationVariables>;
export const CloseSupportThreadDocument = {"__meta__":{"hash":"sha256:7263a55948c1dc75930f04a45eb0b9de7489e2cf5c7df2bd03f139572b49507a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<CloseSupportThreadMutation, CloseSupportThreadMutationVariables>;
export const AssignSupportThreadDocument = {"__meta__":{"hash":"sha256:33eee7199555ace5c65029b4a35cfaa2505279f3906470af023ff1b492126dee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignSupportThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignSupportThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportThreadSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileByAssignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<AssignSupportThreadMutation, AssignSupportThreadMutationVariables>;
export const TeamsDocument = {"__meta__":{"hash":"sha256:dcf0185b43606cc991f341cbd440c174410d870538945d6de5ebe3bacd1bcff2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"active","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const TeamDocument = {"__meta__":{"hash":"sha256:0ac8c92a88c8e2f68541c86ebfc5c6556d634a2b0488f800f5671957979eee5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Team"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"JOINED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamInvites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"pending","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamInviteFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TeamQuery, TeamQueryVariables>;
export const TeamInviteByTokenDocument = {"__meta__":{"hash":"sha256:b1de6e7710747a56c0f28dc4497650d01be5902f3e446fff8386d09b2fd7f546"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamInviteByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamInviteByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamInviteFields"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TeamInviteByTokenQuery, TeamInviteByTokenQueryVariables>;
export const InviteToTeamDocument = {"__meta__":{"hash":"sha256:e09042ef5300e37e49d8cc6a925edb504e99a5cbb932cfd0a7ba73ac6f095690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inviteeEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteToTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"inviteeEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inviteeEmail"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamInviteFields"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InviteToTeamMutation, InviteToTeamMutationVariables>;
export const AcceptTeamInviteDocument = {"__meta__":{"hash":"sha256:b5046429a06ef29406615e26460ba4505b870f4fc8f5bec503a16c8f13f79aa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTeamInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptTeamInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}}]}}]} as unknown as DocumentNode<AcceptTeamInviteMutation, AcceptTeamInviteMutationVariables>;
export const DeclineTeamInviteDocument = {"__meta__":{"hash":"sha256:24d0c3677558953bd1f19a658b32ac11ac4bb675b6fa3db3a0385258f638ef76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineTeamInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineTeamInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamInviteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeclineTeamInviteMutation, DeclineTeamInviteMutationVariables>;
export const RevokeTeamInviteDocument = {"__meta__":{"hash":"sha256:23e56ae5308c2c933814c0588ee220643047dda91d94a9362db74b95ab35b38e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTeamInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inviteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeTeamInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inviteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inviteId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamInviteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamInviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"inviteeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExpired"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeTeamInviteMutation, RevokeTeamInviteMutationVariables>;
export const TopupRequestQueueDocument = {"__meta__":{"hash":"sha256:9ea9992084b904e5c57eed37070cc6c0f27136c20dddc0259de346af16e96755"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopupRequestQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"pending","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"walletTopupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TopupRequestQueueQuery, TopupRequestQueueQueryVariables>;
export const ApproveWalletTopupDocument = {"__meta__":{"hash":"sha256:188e119fcfcc7a8cc9b6936b990f64061d12735093625faffe835289389ff271"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveWalletTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminNotes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveWalletTopup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"adminNotes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminNotes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveWalletTopupMutation, ApproveWalletTopupMutationVariables>;
export const RejectWalletTopupDocument = {"__meta__":{"hash":"sha256:a6d53e4192f5c614c861f542d9e74803f1462dc6fd5d495a9440fdfd1c0582ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectWalletTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminNotes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectWalletTopup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"adminNotes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminNotes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RejectWalletTopupMutation, RejectWalletTopupMutationVariables>;
export const MyWalletChangesDocument = {"__meta__":{"hash":"sha256:6b1f4d3a265703d2e43794fdfc764fdeadfb540bb38dc4299e86c13d520023ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyWalletChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletLedgerEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWalletLedger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"referenceId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyWalletChangesSubscription, MyWalletChangesSubscriptionVariables>;
export const MyWalletDocument = {"__meta__":{"hash":"sha256:8a139b132c166f38749940d2ae45373b3a50560324b49eec05bb7388622074d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profileWalletByProfileId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileWalletSummaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDebits"}},{"kind":"Field","name":{"kind":"Name","value":"pendingTopups"}},{"kind":"Field","name":{"kind":"Name","value":"completedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"lastEntryAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyWalletQuery, MyWalletQueryVariables>;
export const WalletLedgerDocument = {"__meta__":{"hash":"sha256:77bc30e6a8a6426ef7199bf203a3e1816b33105a1324bb9a390856c87b9ecde3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profileWalletLedgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletLedgerEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletLedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileWalletLedger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"referenceId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WalletLedgerQuery, WalletLedgerQueryVariables>;
export const MyTopupRequestsDocument = {"__meta__":{"hash":"sha256:b95f1d3af7aff466063a897948dee630042eb676137c27e1565fa1b3f6bb0af2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTopupRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"walletTopupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyTopupRequestsQuery, MyTopupRequestsQueryVariables>;
export const RequestWalletTopupDocument = {"__meta__":{"hash":"sha256:1a1259bec2cdb9baed0c0b166f2229b995cfd44902cb0e0e76ce1c33dc82d8e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWalletTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigFloat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentMethod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptFileUrl"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptFileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestWalletTopup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"paymentMethod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentMethod"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"receiptFileUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptFileUrl"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"receiptFileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptFileName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RequestWalletTopupMutation, RequestWalletTopupMutationVariables>;
export const CancelWalletTopupDocument = {"__meta__":{"hash":"sha256:fe20e8c80be47ae28981fcee86a1ce13b7e2725a0c6701d9864f5d798cd5045c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWalletTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelWalletTopup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletTopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileName"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelWalletTopupMutation, CancelWalletTopupMutationVariables>;