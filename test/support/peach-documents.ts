/** The GraphQL operations the Peach end-to-end tests send. */
import { graphql } from '../generated/gql.js';

export const PeachCampaigns = graphql(`
  query PeachCampaigns {
    campaigns(first: 50, filter: { providers: [PEACH] }) {
      totalCount
      edges {
        node {
          id
          providerId
          name
          status
          providerStatus
          channels
          availableActions
          schedule {
            cron
          }
          details {
            __typename
            ... on PeachCampaignDetails {
              externalId
              schedule
              nextRunDays(count: 3)
              redashQueryUrl
              hasRedashApiKey
              bulkSenderId
              contactExporterId
              sftp {
                host
                username
                cdDir
                hasPassword
              }
            }
          }
        }
      }
    }
  }
`);

export const CampaignRuns = graphql(`
  query PeachCampaignRuns($id: ID!, $first: Int, $after: String) {
    campaign(id: $id) {
      __typename
      ... on Campaign {
        runs(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              runId
              status
              providerStatus
              startedAt
              finishedAt
              rowCount
              files {
                name
                url
              }
            }
          }
        }
      }
    }
  }
`);

export const RunNode = graphql(`
  query PeachRunNode($id: ID!) {
    node(id: $id) {
      id
      ... on Run {
        runId
        status
        campaign {
          providerId
        }
      }
    }
  }
`);

export const TriggerRun = graphql(`
  mutation TriggerPeachRun($campaignId: ID!, $overrides: TriggerRunOverridesInput, $key: String) {
    triggerCampaignRun(campaignId: $campaignId, overrides: $overrides, idempotencyKey: $key) {
      __typename
      ... on TriggerCampaignRunSuccess {
        run {
          id
          runId
          status
          providerStatus
          campaignId
        }
      }
      ... on ProviderRejectedError {
        reason
      }
      ... on UnsupportedOperationError {
        provider
        operation
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RunEvents = graphql(`
  subscription PeachRunEvents($campaignId: ID!, $since: ID) {
    runEvents(campaignId: $campaignId, since: $since) {
      __typename
      ... on RunEvent {
        runId
        previousStatus
        status
        source
      }
    }
  }
`);

export const LatestEventId = graphql(`
  query PeachLatestEventId {
    latestEventId
  }
`);

export const CreatePeach = graphql(`
  mutation CreatePeachCampaign($input: CreatePeachCampaignInput!) {
    createPeachCampaign(input: $input) {
      __typename
      ... on CreatePeachCampaignSuccess {
        campaign {
          id
          providerId
          status
          details {
            ... on PeachCampaignDetails {
              hasRedashApiKey
              sftp {
                hasPassword
              }
            }
          }
        }
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdatePeach = graphql(`
  mutation UpdatePeachCampaign($id: ID!, $input: UpdatePeachCampaignInput!) {
    updatePeachCampaign(id: $id, input: $input) {
      __typename
      ... on UpdatePeachCampaignSuccess {
        campaign {
          status
          details {
            ... on PeachCampaignDetails {
              bulkSenderId
              hasRedashApiKey
            }
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const SchedulePeach = graphql(`
  mutation SchedulePeachCampaign($id: ID!, $schedule: String) {
    schedulePeachCampaign(id: $id, schedule: $schedule) {
      __typename
      ... on SchedulePeachCampaignSuccess {
        campaign {
          status
          schedule {
            cron
          }
          availableActions
        }
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

export const StartPeach = graphql(`
  mutation StartPeachCampaign($id: ID!) {
    startCampaign(id: $id) {
      __typename
      ... on UnsupportedOperationError {
        provider
        operation
      }
    }
  }
`);

export const ScheduleAt = graphql(`
  mutation SchedulePeachAt($id: ID!, $at: DateTime!) {
    scheduleCampaign(id: $id, at: $at) {
      __typename
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

export const BsgFirst = graphql(`
  query PeachTestBsgFirst {
    campaigns(first: 1, filter: { providers: [BSG] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
