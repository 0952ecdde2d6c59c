import { json, type Route, type SandboxRequest, type SandboxResponse } from '../kit/router.js';
import { renderRunFile } from './files.js';
import type { PeachLifecycle } from './lifecycle.js';
import { listResponse } from './paging.js';
import {
  isInProgress,
  PEACH_RUN_FILES,
  toCampaignWire,
  toRunWire,
  type PeachCampaignRecord,
  type PeachRunFile,
  type PeachRunRecord,
} from './state.js';
import type { PeachStore } from './store.js';
import {
  ANY_ID,
  campaignBody,
  NOT_FOUND,
  peachError,
  startRunBody,
  updateRunBody,
  validationError,
  type CampaignBody,
} from './wire.js';

/** Path of the company-scoped campaigns collection, relative to the host (`…/api` is the documented base). */
export const CAMPAIGNS_PATH = '/api/companies/:companyId/campaigns';
const CAMPAIGN_PATH = `${CAMPAIGNS_PATH}/:borrowerCampaignId`;
const RUN_PATH = `${CAMPAIGN_PATH}/runs/:campaignRunId`;

type Found<T> = { found: T } | { answer: SandboxResponse };

/** Peach's single-object envelope. */
function single(data: unknown, status = 200): SandboxResponse {
  return json(status, { status, message: 'Success', data });
}

function findCampaign(store: PeachStore, request: SandboxRequest): Found<PeachCampaignRecord> {
  const id = request.params['borrowerCampaignId'] ?? '';
  if (!ANY_ID.test(id))
    return { answer: peachError(400, `borrowerCampaignId: "${id}" does not match ${ANY_ID.source}`) };
  const campaign = store.findCampaign(id);
  return campaign ? { found: campaign } : { answer: NOT_FOUND() };
}

function findRun(store: PeachStore, request: SandboxRequest): Found<PeachRunRecord> {
  const campaign = findCampaign(store, request);
  if ('answer' in campaign) return campaign;
  const id = request.params['campaignRunId'] ?? '';
  if (!ANY_ID.test(id)) return { answer: peachError(400, `campaignRunId: "${id}" does not match ${ANY_ID.source}`) };
  const run = store.findRun(campaign.found.id, id);
  return run ? { found: run } : { answer: NOT_FOUND() };
}

function duplicateExternalId(store: PeachStore, body: CampaignBody, self?: PeachCampaignRecord) {
  if (body.externalId === undefined || body.externalId === null) return undefined;
  const holder = store.byExternalId(body.externalId);
  return holder && holder !== self
    ? peachError(409, `A campaign with externalId "${body.externalId}" already exists`)
    : undefined;
}

function applyCampaignBody(campaign: PeachCampaignRecord, body: CampaignBody): void {
  if (body.externalId !== undefined) campaign.externalId = body.externalId;
  if (body.redashQueryUrl !== undefined) campaign.redashQueryUrl = body.redashQueryUrl;
  if (body.redashApiKey !== undefined) campaign.redashApiKey = body.redashApiKey;
  if (body.schedule !== undefined) campaign.schedule = body.schedule;
  if (body.contactExporterId !== undefined) campaign.contactExporterId = body.contactExporterId;
  if (body.bulkSenderId !== undefined) campaign.bulkSenderId = body.bulkSenderId;
  if (body.sftpSettings !== undefined) {
    const sftp = body.sftpSettings;
    campaign.sftpSettings = sftp && { ...sftp, password: sftp.password ?? null, cdDir: sftp.cdDir ?? null };
  }
}

function campaignRoutes(store: PeachStore): Route[] {
  return [
    {
      name: 'campaigns.list',
      method: 'GET',
      path: CAMPAIGNS_PATH,
      handler: (request) => listResponse(request, store.campaignsNewestFirst(), toCampaignWire),
    },
    {
      name: 'campaigns.create',
      method: 'POST',
      path: CAMPAIGNS_PATH,
      handler: (request) => {
        const body = campaignBody.safeParse(request.body);
        if (!body.success) return validationError(body.error);
        const conflict = duplicateExternalId(store, body.data);
        if (conflict) return conflict;
        const campaign = store.insertCampaign({
          createdAt: store.clock.now(),
          deletedAt: null,
          externalId: null,
          redashQueryUrl: null,
          redashApiKey: null,
          schedule: null,
          contactExporterId: null,
          bulkSenderId: null,
          sftpSettings: null,
        });
        applyCampaignBody(campaign, body.data);
        return single(toCampaignWire(campaign));
      },
    },
    {
      name: 'campaigns.get',
      method: 'GET',
      path: CAMPAIGN_PATH,
      handler: (request) => {
        const campaign = findCampaign(store, request);
        return 'answer' in campaign ? campaign.answer : single(toCampaignWire(campaign.found));
      },
    },
    {
      name: 'campaigns.update',
      method: 'PUT',
      path: CAMPAIGN_PATH,
      handler: (request) => {
        const campaign = findCampaign(store, request);
        if ('answer' in campaign) return campaign.answer;
        const body = campaignBody.safeParse(request.body);
        if (!body.success) return validationError(body.error);
        const conflict = duplicateExternalId(store, body.data, campaign.found);
        if (conflict) return conflict;
        store.changeCampaign(campaign.found, (record) => applyCampaignBody(record, body.data));
        return single(toCampaignWire(campaign.found));
      },
    },
  ];
}

function runRoutes(store: PeachStore, lifecycle: PeachLifecycle, rejectConcurrentRuns: boolean): Route[] {
  const listRuns = (request: SandboxRequest) => {
    const campaign = findCampaign(store, request);
    if ('answer' in campaign) return campaign.answer;
    return listResponse(request, store.runsOf(campaign.found.id), toRunWire);
  };
  return [
    { name: 'runs.list', method: 'GET', path: `${CAMPAIGN_PATH}/runs`, handler: listRuns },
    { name: 'runs.listUnbound', method: 'GET', path: '/api/campaigns/:borrowerCampaignId/runs', handler: listRuns },
    {
      name: 'runs.create',
      method: 'POST',
      path: `${CAMPAIGN_PATH}/runs`,
      handler: (request) => {
        const campaign = findCampaign(store, request);
        if ('answer' in campaign) return campaign.answer;
        const body = startRunBody.safeParse(request.body);
        if (!body.success) return validationError(body.error);
        if (campaign.found.deletedAt !== null) return peachError(409, 'The campaign is deleted');
        if (rejectConcurrentRuns && store.runsOf(campaign.found.id).some(isInProgress)) {
          return peachError(409, 'A run of this campaign is already in progress');
        }
        const run = lifecycle.startRun(campaign.found, 'manual', body.data?.queryResultsOverride);
        return json(200, toRunWire(run));
      },
    },
    {
      name: 'runs.get',
      method: 'GET',
      path: RUN_PATH,
      handler: (request) => {
        const run = findRun(store, request);
        return 'answer' in run ? run.answer : json(200, toRunWire(run.found));
      },
    },
    {
      name: 'runs.update',
      method: 'PUT',
      path: RUN_PATH,
      handler: (request) => {
        const found = findRun(store, request);
        if ('answer' in found) return found.answer;
        const run = found.found;
        const body = updateRunBody.safeParse(request.body);
        if (!body.success) return validationError(body.error);
        const update = body.data;
        if (update.borrowerCampaignId !== undefined && update.borrowerCampaignId !== run.borrowerCampaignId) {
          return peachError(400, 'borrowerCampaignId: does not match the campaign in the path');
        }
        const now = store.clock.now();
        if (update.status !== undefined && update.status !== run.status) lifecycle.transition(run, update.status, now);
        if (update.queryResultsFileId !== undefined) run.queryResultsFileId = update.queryResultsFileId;
        if (update.campaignInputFileId !== undefined) run.campaignInputFileId = update.campaignInputFileId;
        if (update.contactsOutputFileId !== undefined) run.contactsOutputFileId = update.contactsOutputFileId;
        if (update.logFileId !== undefined) run.logFileId = update.logFileId;
        if (update.availableFiles !== undefined) run.availableFiles = update.availableFiles;
        run.updatedAt = now;
        return json(200, toRunWire(run));
      },
    },
    {
      name: 'runs.files.download',
      method: 'GET',
      path: `${RUN_PATH}/files/:fileName`,
      handler: (request) => {
        const run = findRun(store, request);
        if ('answer' in run) return run.answer;
        const file = PEACH_RUN_FILES.find((name) => name === request.params['fileName']);
        if (file === undefined || !run.found.availableFiles.includes(file)) return NOT_FOUND();
        return fileResponse(file, renderRunFile(run.found, file));
      },
    },
  ];
}

function fileResponse(file: PeachRunFile, text: string): SandboxResponse {
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
  return {
    status: 200,
    text,
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${file}"` },
  };
}

/** The documented borrower-campaign endpoints, named for the fault switch and the call log. */
export function peachRoutes(store: PeachStore, lifecycle: PeachLifecycle, rejectConcurrentRuns: boolean): Route[] {
  return [...campaignRoutes(store), ...runRoutes(store, lifecycle, rejectConcurrentRuns)];
}
