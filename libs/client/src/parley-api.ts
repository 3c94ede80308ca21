/**
 * Generated from Parley's OpenAPI document by `npm run client:generate`; do not edit.
 * test/client.e2e.spec.ts fails when this file no longer matches the document the service serves.
 */
export interface paths {
    "/api/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListActorsHttpController_list"];
        put?: never;
        post: operations["RegisterActorHttpController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actors/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListActorsHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListDeadLettersHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProjectionsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RebuildProjectionHttpController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/developments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListDevelopmentsHttpController_list"];
        put?: never;
        post: operations["RecordDevelopmentHttpController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/developments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListDevelopmentsHttpController_get"];
        put?: never;
        post?: never;
        delete: operations["AmendDevelopmentHttpController_retract"];
        options?: never;
        head?: never;
        patch: operations["AmendDevelopmentHttpController_correct"];
        trace?: never;
    };
    "/api/v1/developments/retractions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListDevelopmentsHttpController_retractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListEventsHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowEventsHttpController_follow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetNegotiationStatusHttpController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetNegotiationStatusHttpController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ScheduleTalksHttpController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds/{round}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelTalksHttpController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds/{round}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConcludeTalksHttpController_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds/{round}/postpone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostponeTalksHttpController_postpone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds/{round}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StartTalksHttpController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prisoner-exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPrisonerExchangesHttpController_list"];
        put?: never;
        post: operations["RecordPrisonerExchangeHttpController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListStatementsHttpController_list"];
        put?: never;
        post: operations["RecordStatementHttpController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadTensionHttpController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tension/{dyad}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadTensionHttpController_dyad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tension/{dyad}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadTensionHttpController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tension/{dyad}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadTensionHttpController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthHttpController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthHttpController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScrapeMetricsHttpController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "reason": "called off",
         *       "announcedAt": "2025-07-23T09:00:00Z"
         *     }
         */
        CancelTalksRequestDto: {
            /** Format: date-time */
            announcedAt?: string;
            expectedVersion?: number;
            reason?: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
        };
        /**
         * @example {
         *       "endedAt": "2025-06-02T10:00:00Z",
         *       "outcomes": [
         *         {
         *           "kind": "prisoner_exchange_agreed",
         *           "summary": "A new prisoner exchange deal"
         *         },
         *         {
         *           "kind": "further_talks_agreed",
         *           "summary": "The need for another round of talks"
         *         }
         *       ],
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        ConcludeTalksRequestDto: {
            cameoCode?: string;
            /** Format: date-time */
            endedAt: string;
            expectedVersion?: number;
            outcomes: {
                /** @enum {string} */
                kind: "prisoner_exchange_agreed" | "further_talks_agreed" | "memorandum_exchanged" | "ceasefire_agreed" | "no_agreement" | "other";
                summary: string;
            }[];
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
        };
        CorrectDevelopmentRequestDto: {
            cameoCode?: string;
            /** @enum {string} */
            datePrecision?: "exact" | "day" | "week" | "month";
            expectedVersion?: number;
            location?: string;
            magnitude?: {
                areaKm2?: number;
                casualties?: number;
                count?: number;
                damageUsd?: number;
            };
            /** Format: date-time */
            occurredAt?: string;
            reason?: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            summary?: string;
            targets?: string[];
        };
        /**
         * @example {
         *       "events": [
         *         {
         *           "eventId": "3e9d1c52-7b6a-4f0e-9d8c-5a4b3c2d1e0f",
         *           "type": "TalksStarted",
         *           "schemaVersion": 1,
         *           "streamId": "negotiation-track-russia-ukraine",
         *           "streamVersion": 2,
         *           "position": 2,
         *           "occurredAt": "2025-06-02T09:00:00.000Z",
         *           "recordedAt": "2025-06-05T08:00:00.000Z",
         *           "data": {
         *             "trackId": "russia-ukraine",
         *             "round": 2,
         *             "startedAt": "2025-06-02T09:00:00.000Z"
         *           },
         *           "metadata": {
         *             "correlationId": "istanbul-round-2",
         *             "writtenBy": "key:3f2a9c81d0e4",
         *             "source": {
         *               "publisher": "Al-Ahram Weekly",
         *               "publishedAt": "2025-06-05T00:00:00Z"
         *             }
         *           }
         *         }
         *       ],
         *       "nextAfter": 2
         *     }
         */
        EventPageDto: {
            events: {
                data: {
                    [key: string]: unknown;
                };
                /** Format: uuid */
                eventId: string;
                metadata: {
                    causationId?: string;
                    correlationId?: string;
                    idempotencyKey?: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        url?: string;
                    };
                    /** @description a fingerprint of the API key that wrote it, never the key */
                    writtenBy?: string;
                };
                /**
                 * Format: date-time
                 * @description when it happened in the world
                 */
                occurredAt: string;
                position: number;
                /**
                 * Format: date-time
                 * @description when Parley learned it
                 */
                recordedAt: string;
                schemaVersion: number;
                streamId: string;
                streamVersion: number;
                type: string;
            }[];
            /** @description pass as `after` for the next page */
            nextAfter: number;
        };
        /**
         * @example {
         *       "exchanges": [
         *         {
         *           "developmentId": "9a1b2c3d-4e5f-5a6b-8c7d-0e1f2a3b4c5d",
         *           "returned": [
         *             {
         *               "to": "RUS",
         *               "count": 307
         *             },
         *             {
         *               "to": "UKR",
         *               "count": 307
         *             }
         *           ],
         *           "category": "pow",
         *           "trackId": "russia-ukraine",
         *           "occurredAt": "2025-05-24T12:00:00.000Z",
         *           "mediators": [],
         *           "cameo": {
         *             "code": "0841",
         *             "rootCode": "08",
         *             "quadClass": 2,
         *             "goldstein": 7,
         *             "tableVersion": "gdelt-2.0"
         *           },
         *           "source": {
         *             "publisher": "Al-Ahram Weekly",
         *             "publishedAt": "2025-06-05T00:00:00.000Z"
         *           },
         *           "position": 4
         *         }
         *       ],
         *       "totals": {
         *         "count": 1,
         *         "returned": {
         *           "RUS": 307,
         *           "UKR": 307
         *         }
         *       }
         *     }
         */
        ExchangeLedgerDto: {
            exchanges: {
                cameo: {
                    code: string;
                    /** @description −10 most hostile … +10 most cooperative */
                    goldstein: number;
                    /** @description 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
                    quadClass: number;
                    rootCode: string;
                    tableVersion: string;
                };
                /** @enum {string} */
                category: "pow" | "civilian" | "remains";
                /** Format: uuid */
                developmentId: string;
                mediators: string[];
                /** Format: date-time */
                occurredAt: string;
                position: number;
                returned: {
                    count: number;
                    to: string;
                }[];
                source: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    url?: string;
                } | null;
                trackId: string | null;
            }[];
            totals: {
                count: number;
                /** @description people returned to each side */
                returned: {
                    [key: string]: number;
                };
            };
        };
        /**
         * @example {
         *       "scheduledStart": "2025-07-24T16:00:00Z",
         *       "reason": "delegations not ready",
         *       "announcedAt": "2025-07-22T09:00:00Z"
         *     }
         */
        PostponeTalksRequestDto: {
            /** Format: date-time */
            announcedAt?: string;
            expectedVersion?: number;
            reason?: string;
            /** Format: date-time */
            scheduledStart: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
        };
        /**
         * @example {
         *       "type": "https://parley.dev/problems/rule-violated",
         *       "title": "rule violated",
         *       "status": 409,
         *       "detail": "round 3 of track russia-ukraine was never scheduled",
         *       "rule": "round-must-be-scheduled"
         *     }
         */
        ProblemDto: {
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description the domain rule a 409 refused on */
            rule?: string;
            status: number;
            title: string;
            type: string;
        };
        /**
         * @example {
         *       "occurredAt": "2025-05-24T12:00:00Z",
         *       "returned": [
         *         {
         *           "to": "RUS",
         *           "count": 307
         *         },
         *         {
         *           "to": "UKR",
         *           "count": 307
         *         }
         *       ],
         *       "category": "pow",
         *       "trackId": "russia-ukraine",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        RecordPrisonerExchangeRequestDto: {
            cameoCode?: string;
            /**
             * @default pow
             * @enum {string}
             */
            category?: "pow" | "civilian" | "remains";
            expectedVersion?: number;
            /** @default [] */
            mediators?: string[];
            /** Format: date-time */
            occurredAt: string;
            returned: {
                count: number;
                to: string;
            }[];
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            trackId?: string;
        };
        /**
         * @example {
         *       "speaker": "Donald Trump",
         *       "actor": "USA",
         *       "role": "President",
         *       "targets": [
         *         "RUS"
         *       ],
         *       "channel": "Truth Social",
         *       "quote": "What Vladimir Putin doesn’t realise is that if it weren’t for me, lots of really bad things would have already happened to Russia",
         *       "stance": "hostile",
         *       "madeAt": "2025-05-27T18:00:00Z",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        RecordStatementRequestDto: {
            actor: string;
            cameoCode?: string;
            channel?: string;
            expectedVersion?: number;
            /** Format: date-time */
            madeAt: string;
            quote: string;
            role?: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            speaker: string;
            /** @enum {string} */
            stance: "hostile" | "critical" | "neutral" | "conciliatory" | "cooperative";
            targets: string[];
            trackId?: string;
        };
        RegisterActorRequestDto: {
            code: string;
            country?: string;
            expectedVersion?: number;
            name: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            /** @enum {string} */
            type: "country" | "organisation" | "person" | "group";
        };
        RetractDevelopmentRequestDto: {
            expectedVersion?: number;
            reason?: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
        };
        /**
         * @example {
         *       "round": 2,
         *       "parties": [
         *         "RUS",
         *         "UKR"
         *       ],
         *       "mediators": [
         *         "TUR"
         *       ],
         *       "city": "Istanbul",
         *       "venue": "Ciragan Palace",
         *       "scheduledStart": "2025-06-02T07:00:00Z",
         *       "announcedAt": "2025-05-30T12:00:00Z",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        ScheduleTalksRequestDto: {
            /** Format: date-time */
            announcedAt?: string;
            cameoCode?: string;
            city: string;
            expectedVersion?: number;
            /** @default [] */
            mediators?: string[];
            parties: string[];
            round?: number;
            /** Format: date-time */
            scheduledStart: string;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            venue?: string;
        };
        /**
         * @example {
         *       "startedAt": "2025-06-02T09:00:00Z",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        StartTalksRequestDto: {
            expectedVersion?: number;
            source?: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /** Format: uri */
                url?: string;
            };
            /** Format: date-time */
            startedAt: string;
        };
        /**
         * @example {
         *       "statements": [
         *         {
         *           "developmentId": "5f0c2a9e-8d4b-5f7a-9c1e-2b3d4e5f6a7b",
         *           "speaker": "Donald Trump",
         *           "actor": "USA",
         *           "role": "President",
         *           "targets": [
         *             "RUS"
         *           ],
         *           "channel": "Truth Social",
         *           "quote": "What Vladimir Putin doesn’t realise is that if it weren’t for me, lots of really bad things would have already happened to Russia",
         *           "stance": "hostile",
         *           "person": "TRUMP",
         *           "madeAt": "2025-05-27T18:00:00.000Z",
         *           "trackId": null,
         *           "cameo": {
         *             "code": "130",
         *             "rootCode": "13",
         *             "quadClass": 3,
         *             "goldstein": -4.4,
         *             "tableVersion": "gdelt-2.0"
         *           },
         *           "source": {
         *             "publisher": "Al-Ahram Weekly",
         *             "publishedAt": "2025-06-05T00:00:00.000Z"
         *           },
         *           "recordedAt": "2025-06-05T08:00:00.000Z",
         *           "position": 5
         *         }
         *       ]
         *     }
         */
        StatementListDto: {
            statements: {
                actor: string;
                cameo: {
                    code: string;
                    /** @description −10 most hostile … +10 most cooperative */
                    goldstein: number;
                    /** @description 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
                    quadClass: number;
                    rootCode: string;
                    tableVersion: string;
                };
                channel: string | null;
                /** Format: uuid */
                developmentId: string;
                /** Format: date-time */
                madeAt: string;
                /** @description the registered person who spoke (TRUMP), when known; actor is their country */
                person: string | null;
                position: number;
                quote: string;
                /**
                 * Format: date-time
                 * @description when Parley learned of it
                 */
                recordedAt: string;
                role: string | null;
                source: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    url?: string;
                } | null;
                speaker: string;
                /** @enum {string} */
                stance: "hostile" | "critical" | "neutral" | "conciliatory" | "cooperative";
                targets: string[];
                trackId: string | null;
            }[];
        };
        /**
         * @example {
         *       "tracks": [
         *         {
         *           "trackId": "russia-ukraine",
         *           "parties": [
         *             "RUS",
         *             "UKR"
         *           ],
         *           "mediators": [
         *             "TUR"
         *           ],
         *           "status": "concluded",
         *           "roundsHeld": 1,
         *           "lastRound": {
         *             "round": 2,
         *             "city": "Istanbul",
         *             "venue": "Ciragan Palace",
         *             "scheduledStart": "2025-06-02T07:00:00.000Z",
         *             "startedAt": "2025-06-02T09:00:00.000Z",
         *             "endedAt": "2025-06-02T10:00:00.000Z",
         *             "delayMinutes": 120,
         *             "durationMinutes": 60,
         *             "outcomes": [
         *               {
         *                 "kind": "prisoner_exchange_agreed",
         *                 "summary": "A new prisoner exchange deal"
         *               },
         *               {
         *                 "kind": "further_talks_agreed",
         *                 "summary": "The need for another round of talks"
         *               }
         *             ]
         *           },
         *           "nextRound": null,
         *           "prisonerExchanges": {
         *             "count": 1,
         *             "returned": {
         *               "RUS": 307,
         *               "UKR": 307
         *             }
         *           },
         *           "lastDevelopmentAt": "2025-06-02T10:00:00.000Z",
         *           "position": 4
         *         }
         *       ]
         *     }
         */
        TrackListDto: {
            tracks: {
                /** Format: date-time */
                lastDevelopmentAt: string | null;
                lastRound: {
                    city: string;
                    /** @description how late the round began against its last scheduled start */
                    delayMinutes: number | null;
                    durationMinutes: number | null;
                    /** Format: date-time */
                    endedAt: string | null;
                    outcomes: {
                        /** @enum {string} */
                        kind: "prisoner_exchange_agreed" | "further_talks_agreed" | "memorandum_exchanged" | "ceasefire_agreed" | "no_agreement" | "other";
                        summary: string;
                    }[];
                    round: number;
                    /** Format: date-time */
                    scheduledStart: string;
                    /** Format: date-time */
                    startedAt: string | null;
                    venue: string | null;
                } | null;
                mediators: string[];
                nextRound: {
                    city: string;
                    round: number;
                    /** Format: date-time */
                    scheduledStart: string;
                    /** @enum {string} */
                    status: "scheduled" | "in_session" | "concluded" | "postponed" | "cancelled";
                    venue: string | null;
                } | null;
                parties: string[];
                /** @description the log position of the last event applied to this track */
                position: number;
                prisonerExchanges: {
                    count: number;
                    returned: {
                        [key: string]: number;
                    };
                };
                roundsHeld: number;
                /**
                 * @description the state of the track's latest round
                 * @enum {string}
                 */
                status: "scheduled" | "in_session" | "concluded" | "postponed" | "cancelled";
                trackId: string;
            }[];
        };
        /**
         * @example {
         *       "trackId": "russia-ukraine",
         *       "parties": [
         *         "RUS",
         *         "UKR"
         *       ],
         *       "mediators": [
         *         "TUR"
         *       ],
         *       "status": "concluded",
         *       "roundsHeld": 1,
         *       "lastRound": {
         *         "round": 2,
         *         "city": "Istanbul",
         *         "venue": "Ciragan Palace",
         *         "scheduledStart": "2025-06-02T07:00:00.000Z",
         *         "startedAt": "2025-06-02T09:00:00.000Z",
         *         "endedAt": "2025-06-02T10:00:00.000Z",
         *         "delayMinutes": 120,
         *         "durationMinutes": 60,
         *         "outcomes": [
         *           {
         *             "kind": "prisoner_exchange_agreed",
         *             "summary": "A new prisoner exchange deal"
         *           },
         *           {
         *             "kind": "further_talks_agreed",
         *             "summary": "The need for another round of talks"
         *           }
         *         ]
         *       },
         *       "nextRound": null,
         *       "prisonerExchanges": {
         *         "count": 1,
         *         "returned": {
         *           "RUS": 307,
         *           "UKR": 307
         *         }
         *       },
         *       "lastDevelopmentAt": "2025-06-02T10:00:00.000Z",
         *       "position": 4
         *     }
         */
        TrackStatusDto: {
            /** Format: date-time */
            lastDevelopmentAt: string | null;
            lastRound: {
                city: string;
                /** @description how late the round began against its last scheduled start */
                delayMinutes: number | null;
                durationMinutes: number | null;
                /** Format: date-time */
                endedAt: string | null;
                outcomes: {
                    /** @enum {string} */
                    kind: "prisoner_exchange_agreed" | "further_talks_agreed" | "memorandum_exchanged" | "ceasefire_agreed" | "no_agreement" | "other";
                    summary: string;
                }[];
                round: number;
                /** Format: date-time */
                scheduledStart: string;
                /** Format: date-time */
                startedAt: string | null;
                venue: string | null;
            } | null;
            mediators: string[];
            nextRound: {
                city: string;
                round: number;
                /** Format: date-time */
                scheduledStart: string;
                /** @enum {string} */
                status: "scheduled" | "in_session" | "concluded" | "postponed" | "cancelled";
                venue: string | null;
            } | null;
            parties: string[];
            /** @description the log position of the last event applied to this track */
            position: number;
            prisonerExchanges: {
                count: number;
                returned: {
                    [key: string]: number;
                };
            };
            roundsHeld: number;
            /**
             * @description the state of the track's latest round
             * @enum {string}
             */
            status: "scheduled" | "in_session" | "concluded" | "postponed" | "cancelled";
            trackId: string;
        };
        /**
         * @example {
         *       "id": "6d1f0c3e-2b4a-5c8d-9e7f-1a2b3c4d5e6f",
         *       "sourceAttached": false,
         *       "streamId": "negotiation-track-russia-ukraine",
         *       "streamVersion": 3,
         *       "position": 3,
         *       "eventIds": [
         *         "0b7c6f1e-3d0a-4c55-9a43-1f2e8d6b5a90"
         *       ]
         *     }
         */
        WriteAnswerDto: {
            eventIds: string[];
            /** @description the development the write recorded or changed */
            id?: string;
            /** @description the log position of the last event written; pass it as minPosition to read your write */
            position: number;
            /** @description true when this was a second report of a development already recorded: its source was attached */
            sourceAttached: boolean;
            streamId: string;
            /** @description the stream version after this write */
            streamVersion: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListActorsHttpController_list: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
                type?: "country" | "organisation" | "person" | "group";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegisterActorHttpController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterActorRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListActorsHttpController_get: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                limit?: number;
                minPosition?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListDeadLettersHttpController_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListProjectionsHttpController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RebuildProjectionHttpController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListDevelopmentsHttpController_list: {
        parameters: {
            query?: {
                actor?: string;
                asOf?: string;
                cursor?: string;
                from?: string;
                kind?: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "statement" | "prisoner_exchange" | "talks";
                knownAt?: string;
                limit?: number;
                minPosition?: number;
                since?: string;
                target?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordDevelopmentHttpController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        means: "air" | "missile" | "artillery" | "drone";
                        objective?: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "military_strike";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        durationHours?: number;
                        /** @enum {string} */
                        projectile: "drone" | "missile" | "aircraft";
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "air_defence_interception";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        change: "gained" | "lost" | "held";
                        region?: string;
                        shareOfTerritory?: number;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "territorial_change";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        attribution: "claimed" | "alleged" | "confirmed";
                        infrastructure: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "sabotage";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        change: "resigned" | "dismissed" | "appointed";
                        person: string;
                        role: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "personnel_change";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @default false */
                        rangeRestrictionLifted?: boolean;
                        recipient: string;
                        supplier: string;
                        system: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "arms_supply_decision";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        claims: {
                            claim: string;
                            figure?: number;
                            unit?: string;
                        }[];
                        publisher: string;
                        title?: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "threat_assessment";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        conditions: string[];
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "demands";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /**
                         * @default other
                         * @enum {string}
                         */
                        format?: "visit" | "hosted" | "third_location" | "call" | "other";
                        /** @default [] */
                        participants?: string[];
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "diplomatic_meeting";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        allegation: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "accusation";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        proposal: string;
                        /** @enum {string} */
                        subject: "meeting" | "ceasefire" | "settlement" | "other";
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "proposal";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        stage: "drafted" | "exchanged" | "signed";
                        title?: string;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "memorandum";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                } | {
                    actor: string;
                    cameoCode?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        avgTone: number;
                        /** @constant */
                        dataset: "gdelt";
                        globalEventId: string;
                        numArticles: number;
                        numMentions: number;
                        numSources: number;
                    };
                    expectedVersion?: number;
                    /** @constant */
                    kind: "reported_event";
                    location?: string;
                    /** @default {} */
                    magnitude?: {
                        areaKm2?: number;
                        casualties?: number;
                        count?: number;
                        damageUsd?: number;
                    };
                    /** Format: date-time */
                    occurredAt: string;
                    source?: {
                        /** Format: date-time */
                        publishedAt?: string;
                        publisher: string;
                        /** Format: uri */
                        url?: string;
                    };
                    summary?: string;
                    /** @default [] */
                    targets?: string[];
                    trackId?: string;
                };
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListDevelopmentsHttpController_get: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                limit?: number;
                minPosition?: number;
                since?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmendDevelopmentHttpController_retract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetractDevelopmentRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AmendDevelopmentHttpController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDevelopmentRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListDevelopmentsHttpController_retractions: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                limit?: number;
                minPosition?: number;
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListEventsHttpController_list: {
        parameters: {
            query?: {
                actor?: string;
                after?: number;
                from?: string;
                limit?: number;
                minPosition?: number;
                stream?: string;
                to?: string;
                type?: "TalksScheduled" | "TalksStarted" | "TalksConcluded" | "TalksPostponed" | "TalksCancelled" | "StatementRecorded" | "PrisonerExchangeRecorded" | "MilitaryStrikeRecorded" | "AirDefenceInterceptionRecorded" | "TerritorialChangeRecorded" | "SabotageRecorded" | "PersonnelChangeRecorded" | "ArmsSupplyDecisionRecorded" | "ThreatAssessmentRecorded" | "DemandsRecorded" | "DiplomaticMeetingRecorded" | "AccusationRecorded" | "ProposalRecorded" | "MemorandumRecorded" | "ReportedEventRecorded" | "SourceAttached" | "DevelopmentCorrected" | "DevelopmentRetracted" | "ActorRegistered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                    "application/x-ndjson": components["schemas"]["EventPageDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FollowEventsHttpController_follow: {
        parameters: {
            query?: {
                actor?: string;
                after?: number;
                from?: string;
                stream?: string;
                to?: string;
                type?: "TalksScheduled" | "TalksStarted" | "TalksConcluded" | "TalksPostponed" | "TalksCancelled" | "StatementRecorded" | "PrisonerExchangeRecorded" | "MilitaryStrikeRecorded" | "AirDefenceInterceptionRecorded" | "TerritorialChangeRecorded" | "SabotageRecorded" | "PersonnelChangeRecorded" | "ArmsSupplyDecisionRecorded" | "ThreatAssessmentRecorded" | "DemandsRecorded" | "DiplomaticMeetingRecorded" | "AccusationRecorded" | "ProposalRecorded" | "MemorandumRecorded" | "ReportedEventRecorded" | "SourceAttached" | "DevelopmentCorrected" | "DevelopmentRetracted" | "ActorRegistered";
            };
            header: {
                "last-event-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetNegotiationStatusHttpController_list: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackListDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GetNegotiationStatusHttpController_get: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
            };
            header?: never;
            path: {
                trackId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackStatusDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScheduleTalksHttpController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CancelTalksHttpController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConcludeTalksHttpController_conclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcludeTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PostponeTalksHttpController_postpone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostponeTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StartTalksHttpController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round: number;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListPrisonerExchangesHttpController_list: {
        parameters: {
            query?: {
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
                trackId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeLedgerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordPrisonerExchangeHttpController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPrisonerExchangeRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListStatementsHttpController_list: {
        parameters: {
            query?: {
                actor?: string;
                asOf?: string;
                from?: string;
                knownAt?: string;
                limit?: number;
                minPosition?: number;
                target?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementListDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordStatementHttpController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordStatementRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description invalid request: `errors` names every bad field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no X-API-Key, or one that is not known */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role does not allow this (a writer key on an admin endpoint) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a rule of the domain, a version conflict or a reused Idempotency-Key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address or key; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReadTensionHttpController_overview: {
        parameters: {
            query?: {
                actors?: string;
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadTensionHttpController_dyad: {
        parameters: {
            query?: {
                asOf?: string;
                from?: string;
                knownAt?: string;
                limit?: number;
                minPosition?: number;
            };
            header?: never;
            path: {
                dyad: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadTensionHttpController_history: {
        parameters: {
            query?: {
                asOf?: string;
                from?: string;
                interval?: "day" | "week" | "month";
                knownAt?: string;
                minPosition?: number;
                to?: string;
            };
            header?: never;
            path: {
                dyad: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadTensionHttpController_trend: {
        parameters: {
            query: {
                asOf?: string;
                knownAt?: string;
                minPosition?: number;
                month: string;
            };
            header?: never;
            path: {
                dyad: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthHttpController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    HealthHttpController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    ScrapeMetricsHttpController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
        };
    };
}
