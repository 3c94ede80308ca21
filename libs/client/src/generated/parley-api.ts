/**
 * Generated from Parley's OpenAPI document by `npm run client:generate`; do not edit.
 * test/client-sync.unit.spec.ts fails when this file no longer matches the document the API builds.
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
    "/api/v1/actors/{code}/backing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeBackingHttpController_change"];
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
    "/api/v1/developments/{id}/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AmendDevelopmentHttpController_detachSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/developments/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportDevelopmentsHttpController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        get: operations["GetTrackRoundsHttpController_list"];
        put?: never;
        post: operations["ScheduleTalksHttpController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/negotiations/{trackId}/rounds/{round}/break-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BreakOffTalksHttpController_breakOff"];
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
         *       "code": "UKR",
         *       "name": "Ukraine",
         *       "type": "country",
         *       "country": null,
         *       "backedBy": [],
         *       "backing": [],
         *       "recentDevelopments": [
         *         {
         *           "id": "cbf4f95b-e405-511a-8b6c-a0ccae12a36b",
         *           "kind": "military_strike",
         *           "actor": "UKR",
         *           "targets": [
         *             "RUS"
         *           ],
         *           "datePrecision": "day",
         *           "magnitude": {
         *             "damageUsd": 2000000000
         *           },
         *           "location": {
         *             "name": "Siberia",
         *             "precision": "name"
         *           },
         *           "summary": "Drone attack on Russian strategic bombers: $2 billion of aircraft damaged",
         *           "details": {
         *             "means": [
         *               "drone"
         *             ],
         *             "objective": "nuclear-capable long-range bombers at airbases in Siberia and elsewhere"
         *           },
         *           "notes": null,
         *           "person": null,
         *           "actorPersons": [],
         *           "targetPersons": [],
         *           "actors": [
         *             "UKR"
         *           ],
         *           "involved": [
         *             "UKR",
         *             "RUS"
         *           ],
         *           "occurredAt": "2025-06-01T12:00:00.000Z",
         *           "occurredOn": "2025-06-01",
         *           "cameo": {
         *             "code": "195",
         *             "rootCode": "19",
         *             "quadClass": 4,
         *             "goldstein": -10,
         *             "tableVersion": "gdelt-2.0"
         *           },
         *           "sources": [
         *             {
         *               "publisher": "Al-Ahram Weekly",
         *               "publishedAt": "2025-06-05T00:00:00.000Z",
         *               "sourceId": "f1c7971a-5492-58fd-9fbe-c7e3942fe030"
         *             }
         *           ],
         *           "disputed": [],
         *           "independentSources": 1,
         *           "confirmed": false,
         *           "dyads": [
         *             "RUS-UKR"
         *           ],
         *           "pairs": [
         *             "UKR>RUS"
         *           ],
         *           "trackId": null,
         *           "corrections": 0,
         *           "retracted": false,
         *           "retractedAt": null,
         *           "retractionReason": null,
         *           "recordedAt": "2025-06-05T08:00:00.000Z",
         *           "updatedAt": "2025-06-05T08:00:00.000Z",
         *           "position": 24,
         *           "sortKey": "2025-06-01T12:00:00.000Z|cbf4f95b-e405-511a-8b6c-a0ccae12a36b"
         *         }
         *       ]
         *     }
         */
        ActorDto: {
            /** @description who backs it at the moment read (asOf, else knownAt, else now) */
            backedBy: string[];
            /** @description every backing recorded, by backer, in the order they began */
            backing: {
                backer: string;
                /**
                 * Format: date-time
                 * @description when the backing took effect
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description when it ended; absent while it lasts
                 */
                until?: string;
            }[];
            code: string;
            /** @description the country a person or group acts for; null for countries and organisations */
            country: string | null;
            name: string;
            /** @description the latest standing developments it took part in */
            recentDevelopments: {
                /** @description the actor whose act it is: a person's country */
                actor: string;
                /** @description the people among several actors (KAGAME), whose countries are in actors */
                actorPersons: string[];
                /** @description everyone who acted, the principal first, then the person who acted for it: what `actor=` matches */
                actors: string[];
                cameo: {
                    code: string;
                    /** @description −10 most hostile … +10 most cooperative */
                    goldstein: number;
                    /** @description 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
                    quadClass: number;
                    rootCode: string;
                    tableVersion: string;
                };
                /** @description reported by two or more independent publishers */
                confirmed: boolean;
                corrections: number;
                /** @enum {string} */
                datePrecision: "exact" | "day" | "week" | "month";
                /** @description the fields of its kind: those posted, a statement's words, a round's status */
                details: {
                    [key: string]: unknown;
                };
                /** @description figures a corroborating source gives otherwise than the development's own (recorded), each with its source */
                disputed: {
                    field: string;
                    publisher: string;
                    recorded: number;
                    /** Format: uuid */
                    sourceId: string;
                    value: number;
                }[];
                /** @description the unordered pairs (RUS-UKR) of each actor with each target, or with no targets of every two actors: what the tension index sums over */
                dyads: string[];
                /** Format: uuid */
                id: string;
                /** @description distinct publishers reporting it */
                independentSources: number;
                /** @description every actor involved: whose page lists it */
                involved: string[];
                /** @enum {string} */
                kind: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "ceasefire" | "agreement" | "sanctions" | "diplomatic_relations" | "border_measure" | "detention" | "armed_clash" | "attack" | "humanitarian" | "mediation" | "statement" | "prisoner_exchange" | "talks";
                /** @description where it happened, when reported */
                location: {
                    admin1?: string;
                    /** @description ISO 3166-1 alpha-3 */
                    country?: string;
                    latitude?: number;
                    longitude?: number;
                    name: string;
                    /**
                     * @description where the coordinates came from: the request (given), the gazetteer's place (place), the country's centroid (country); name: none known
                     * @enum {string}
                     */
                    precision: "given" | "place" | "country" | "name";
                } | null;
                magnitude: {
                    /**
                     * @description the sources give the figures as approximate
                     * @enum {boolean}
                     */
                    approximate?: true;
                    areaKm2?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    casualties?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    /** @description the party whose claim the figures are: counted at a discount in the tension index */
                    claimedBy?: string;
                    count?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    damageUsd?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                };
                /** @description the reporter's notes */
                notes: string | null;
                /**
                 * Format: date-time
                 * @description when it happened in the world
                 */
                occurredAt: string;
                /** @description the UTC day of occurredAt */
                occurredOn: string;
                /** @description the directed pairs, actor > target (UKR>RUS), both ways between actors acting together */
                pairs: string[];
                /** @description the registered person who acted (PUTIN), when known */
                person: string | null;
                /** @description the log position of the last event applied to it */
                position: number;
                /**
                 * Format: date-time
                 * @description when Parley learned of it
                 */
                recordedAt: string;
                retracted: boolean;
                /** Format: date-time */
                retractedAt: string | null;
                /** @description why it was retracted, when it was and a reason was given */
                retractionReason: string | null;
                /** @description occurredAt|id: the order of the list; a page's nextCursor is its last sortKey */
                sortKey: string;
                /** @description every publisher that reported it, first report first */
                sources: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    /**
                     * Format: uuid
                     * @description stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it
                     */
                    sourceId: string;
                    url?: string;
                }[];
                /** @description one line on what happened; a statement's words */
                summary: string | null;
                /** @description the people among the targets (ZELENSKY), whose countries are in targets */
                targetPersons: string[];
                targets: string[];
                /** @description the negotiation track it belongs to */
                trackId: string | null;
                /**
                 * Format: date-time
                 * @description when Parley last learned something about it: what `since=` matches
                 */
                updatedAt: string;
            }[];
            /** @enum {string} */
            type: "country" | "organisation" | "person" | "group";
        };
        /**
         * @example {
         *       "actors": [
         *         {
         *           "code": "DRAPATYI",
         *           "name": "Mykhailo Drapatyi",
         *           "type": "person",
         *           "country": "UKR",
         *           "backedBy": [],
         *           "backing": []
         *         },
         *         {
         *           "code": "PESKOV",
         *           "name": "Dmitry Peskov",
         *           "type": "person",
         *           "country": "RUS",
         *           "backedBy": [],
         *           "backing": []
         *         },
         *         {
         *           "code": "RUS",
         *           "name": "Russian Federation",
         *           "type": "country",
         *           "country": null,
         *           "backedBy": [],
         *           "backing": []
         *         },
         *         {
         *           "code": "TUR",
         *           "name": "Türkiye",
         *           "type": "country",
         *           "country": null,
         *           "backedBy": [],
         *           "backing": []
         *         },
         *         {
         *           "code": "UKR",
         *           "name": "Ukraine",
         *           "type": "country",
         *           "country": null,
         *           "backedBy": [],
         *           "backing": []
         *         }
         *       ]
         *     }
         */
        ActorListDto: {
            actors: {
                /** @description who backs it at the moment read (asOf, else knownAt, else now) */
                backedBy: string[];
                /** @description every backing recorded, by backer, in the order they began */
                backing: {
                    backer: string;
                    /**
                     * Format: date-time
                     * @description when the backing took effect
                     */
                    from: string;
                    /**
                     * Format: date-time
                     * @description when it ended; absent while it lasts
                     */
                    until?: string;
                }[];
                code: string;
                /** @description the country a person or group acts for; null for countries and organisations */
                country: string | null;
                name: string;
                /** @enum {string} */
                type: "country" | "organisation" | "person" | "group";
            }[];
        };
        /**
         * @example {
         *       "endedAt": "2025-07-24T17:30:00Z",
         *       "reason": "a delegation walked out"
         *     }
         */
        BreakOffTalksRequestDto: {
            /** Format: date-time */
            endedAt: string;
            expectedVersion?: number;
            reason: string;
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
        ChangeBackingRequestDto: {
            /** @description every actor backing it from effectiveAt on; those left out stop then, [] ends all backing */
            backedBy: string[];
            /**
             * Format: date-time
             * @description when the change took effect in the world
             */
            effectiveAt: string;
            expectedVersion?: number;
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
        /**
         * @example {
         *       "magnitude": {
         *         "damageUsd": 7000000000
         *       },
         *       "reason": "Ukrainian estimate"
         *     }
         */
        CorrectDevelopmentRequestDto: {
            cameoCode?: string;
            /** @enum {string} */
            datePrecision?: "exact" | "day" | "week" | "month";
            expectedVersion?: number;
            /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
            location?: string | {
                admin1?: string;
                country?: string;
                latitude?: number;
                longitude?: number;
                name: string;
            };
            /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
            magnitude?: {
                /** @enum {boolean} */
                approximate?: true;
                areaKm2?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                casualties?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                claimedBy?: string;
                count?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                damageUsd?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
            };
            /** @description the reporter's notes: caveats, what the sources disagree on */
            notes?: string;
            /** Format: date-time */
            occurredAt?: string;
            /** @description a statement's words */
            quote?: string;
            reason?: string;
            /** @description an exchange's figures: who went home, how many */
            returned?: {
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
            summary?: string;
            targets?: string[];
        };
        /**
         * @example {
         *       "total": 1,
         *       "deadLetters": [
         *         {
         *           "id": 1,
         *           "topic": "parley.events",
         *           "partition": 0,
         *           "offset": 30,
         *           "key": "negotiation-track-russia-ukraine",
         *           "value": "{\"type\":\"TalksAbandoned\",\"streamId\":\"negotiation-track-russia-ukraine\",\"position\":31,\"data\":{}}",
         *           "reason": "UndecodableEvent: unknown event type TalksAbandoned",
         *           "receivedAt": "2025-06-05T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        DeadLetterListDto: {
            /** @description newest first */
            deadLetters: {
                id: number;
                key: string | null;
                offset: number;
                partition: number;
                /** @description why the projector could not apply it */
                reason: string;
                /** Format: date-time */
                receivedAt: string;
                topic: string;
                /** @description the message as it arrived */
                value: string | null;
            }[];
            /** @description dead letters in all, however many are listed */
            total: number;
        };
        /**
         * @example {
         *       "reason": "the article reports another attack, on another day"
         *     }
         */
        DetachSourceRequestDto: {
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
         *       "id": "cbf4f95b-e405-511a-8b6c-a0ccae12a36b",
         *       "kind": "military_strike",
         *       "actor": "UKR",
         *       "targets": [
         *         "RUS"
         *       ],
         *       "datePrecision": "day",
         *       "magnitude": {
         *         "damageUsd": 2000000000
         *       },
         *       "location": {
         *         "name": "Siberia",
         *         "precision": "name"
         *       },
         *       "summary": "Drone attack on Russian strategic bombers: $2 billion of aircraft damaged",
         *       "details": {
         *         "means": [
         *           "drone"
         *         ],
         *         "objective": "nuclear-capable long-range bombers at airbases in Siberia and elsewhere"
         *       },
         *       "notes": null,
         *       "person": null,
         *       "actorPersons": [],
         *       "targetPersons": [],
         *       "actors": [
         *         "UKR"
         *       ],
         *       "involved": [
         *         "UKR",
         *         "RUS"
         *       ],
         *       "occurredAt": "2025-06-01T12:00:00.000Z",
         *       "occurredOn": "2025-06-01",
         *       "cameo": {
         *         "code": "195",
         *         "rootCode": "19",
         *         "quadClass": 4,
         *         "goldstein": -10,
         *         "tableVersion": "gdelt-2.0"
         *       },
         *       "sources": [
         *         {
         *           "publisher": "Al-Ahram Weekly",
         *           "publishedAt": "2025-06-05T00:00:00.000Z",
         *           "sourceId": "f1c7971a-5492-58fd-9fbe-c7e3942fe030"
         *         }
         *       ],
         *       "disputed": [],
         *       "independentSources": 1,
         *       "confirmed": false,
         *       "dyads": [
         *         "RUS-UKR"
         *       ],
         *       "pairs": [
         *         "UKR>RUS"
         *       ],
         *       "trackId": null,
         *       "corrections": 0,
         *       "retracted": false,
         *       "retractedAt": null,
         *       "retractionReason": null,
         *       "recordedAt": "2025-06-05T08:00:00.000Z",
         *       "updatedAt": "2025-06-05T08:00:00.000Z",
         *       "position": 24,
         *       "sortKey": "2025-06-01T12:00:00.000Z|cbf4f95b-e405-511a-8b6c-a0ccae12a36b"
         *     }
         */
        DevelopmentDto: {
            /** @description the actor whose act it is: a person's country */
            actor: string;
            /** @description the people among several actors (KAGAME), whose countries are in actors */
            actorPersons: string[];
            /** @description everyone who acted, the principal first, then the person who acted for it: what `actor=` matches */
            actors: string[];
            cameo: {
                code: string;
                /** @description −10 most hostile … +10 most cooperative */
                goldstein: number;
                /** @description 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
                quadClass: number;
                rootCode: string;
                tableVersion: string;
            };
            /** @description reported by two or more independent publishers */
            confirmed: boolean;
            corrections: number;
            /** @enum {string} */
            datePrecision: "exact" | "day" | "week" | "month";
            /** @description the fields of its kind: those posted, a statement's words, a round's status */
            details: {
                [key: string]: unknown;
            };
            /** @description figures a corroborating source gives otherwise than the development's own (recorded), each with its source */
            disputed: {
                field: string;
                publisher: string;
                recorded: number;
                /** Format: uuid */
                sourceId: string;
                value: number;
            }[];
            /** @description the unordered pairs (RUS-UKR) of each actor with each target, or with no targets of every two actors: what the tension index sums over */
            dyads: string[];
            /** Format: uuid */
            id: string;
            /** @description distinct publishers reporting it */
            independentSources: number;
            /** @description every actor involved: whose page lists it */
            involved: string[];
            /** @enum {string} */
            kind: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "ceasefire" | "agreement" | "sanctions" | "diplomatic_relations" | "border_measure" | "detention" | "armed_clash" | "attack" | "humanitarian" | "mediation" | "statement" | "prisoner_exchange" | "talks";
            /** @description where it happened, when reported */
            location: {
                admin1?: string;
                /** @description ISO 3166-1 alpha-3 */
                country?: string;
                latitude?: number;
                longitude?: number;
                name: string;
                /**
                 * @description where the coordinates came from: the request (given), the gazetteer's place (place), the country's centroid (country); name: none known
                 * @enum {string}
                 */
                precision: "given" | "place" | "country" | "name";
            } | null;
            magnitude: {
                /**
                 * @description the sources give the figures as approximate
                 * @enum {boolean}
                 */
                approximate?: true;
                areaKm2?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                casualties?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                /** @description the party whose claim the figures are: counted at a discount in the tension index */
                claimedBy?: string;
                count?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
                damageUsd?: number | {
                    bySide: {
                        [key: string]: number;
                    };
                    total?: number;
                };
            };
            /** @description the reporter's notes */
            notes: string | null;
            /**
             * Format: date-time
             * @description when it happened in the world
             */
            occurredAt: string;
            /** @description the UTC day of occurredAt */
            occurredOn: string;
            /** @description the directed pairs, actor > target (UKR>RUS), both ways between actors acting together */
            pairs: string[];
            /** @description the registered person who acted (PUTIN), when known */
            person: string | null;
            /** @description the log position of the last event applied to it */
            position: number;
            /**
             * Format: date-time
             * @description when Parley learned of it
             */
            recordedAt: string;
            retracted: boolean;
            /** Format: date-time */
            retractedAt: string | null;
            /** @description why it was retracted, when it was and a reason was given */
            retractionReason: string | null;
            /** @description occurredAt|id: the order of the list; a page's nextCursor is its last sortKey */
            sortKey: string;
            /** @description every publisher that reported it, first report first */
            sources: {
                /** Format: date-time */
                publishedAt?: string;
                publisher: string;
                /**
                 * Format: uuid
                 * @description stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it
                 */
                sourceId: string;
                url?: string;
            }[];
            /** @description one line on what happened; a statement's words */
            summary: string | null;
            /** @description the people among the targets (ZELENSKY), whose countries are in targets */
            targetPersons: string[];
            targets: string[];
            /** @description the negotiation track it belongs to */
            trackId: string | null;
            /**
             * Format: date-time
             * @description when Parley last learned something about it: what `since=` matches
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "developments": [
         *         {
         *           "id": "cbf4f95b-e405-511a-8b6c-a0ccae12a36b",
         *           "kind": "military_strike",
         *           "actor": "UKR",
         *           "targets": [
         *             "RUS"
         *           ],
         *           "datePrecision": "day",
         *           "magnitude": {
         *             "damageUsd": 2000000000
         *           },
         *           "location": {
         *             "name": "Siberia",
         *             "precision": "name"
         *           },
         *           "summary": "Drone attack on Russian strategic bombers: $2 billion of aircraft damaged",
         *           "details": {
         *             "means": [
         *               "drone"
         *             ],
         *             "objective": "nuclear-capable long-range bombers at airbases in Siberia and elsewhere"
         *           },
         *           "notes": null,
         *           "person": null,
         *           "actorPersons": [],
         *           "targetPersons": [],
         *           "actors": [
         *             "UKR"
         *           ],
         *           "involved": [
         *             "UKR",
         *             "RUS"
         *           ],
         *           "occurredAt": "2025-06-01T12:00:00.000Z",
         *           "occurredOn": "2025-06-01",
         *           "cameo": {
         *             "code": "195",
         *             "rootCode": "19",
         *             "quadClass": 4,
         *             "goldstein": -10,
         *             "tableVersion": "gdelt-2.0"
         *           },
         *           "sources": [
         *             {
         *               "publisher": "Al-Ahram Weekly",
         *               "publishedAt": "2025-06-05T00:00:00.000Z",
         *               "sourceId": "f1c7971a-5492-58fd-9fbe-c7e3942fe030"
         *             }
         *           ],
         *           "disputed": [],
         *           "independentSources": 1,
         *           "confirmed": false,
         *           "dyads": [
         *             "RUS-UKR"
         *           ],
         *           "pairs": [
         *             "UKR>RUS"
         *           ],
         *           "trackId": null,
         *           "corrections": 0,
         *           "retracted": false,
         *           "retractedAt": null,
         *           "retractionReason": null,
         *           "recordedAt": "2025-06-05T08:00:00.000Z",
         *           "updatedAt": "2025-06-05T08:00:00.000Z",
         *           "position": 24,
         *           "sortKey": "2025-06-01T12:00:00.000Z|cbf4f95b-e405-511a-8b6c-a0ccae12a36b"
         *         }
         *       ],
         *       "nextCursor": "2025-06-01T12:00:00.000Z|cbf4f95b-e405-511a-8b6c-a0ccae12a36b"
         *     }
         */
        DevelopmentPageDto: {
            developments: {
                /** @description the actor whose act it is: a person's country */
                actor: string;
                /** @description the people among several actors (KAGAME), whose countries are in actors */
                actorPersons: string[];
                /** @description everyone who acted, the principal first, then the person who acted for it: what `actor=` matches */
                actors: string[];
                cameo: {
                    code: string;
                    /** @description −10 most hostile … +10 most cooperative */
                    goldstein: number;
                    /** @description 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
                    quadClass: number;
                    rootCode: string;
                    tableVersion: string;
                };
                /** @description reported by two or more independent publishers */
                confirmed: boolean;
                corrections: number;
                /** @enum {string} */
                datePrecision: "exact" | "day" | "week" | "month";
                /** @description the fields of its kind: those posted, a statement's words, a round's status */
                details: {
                    [key: string]: unknown;
                };
                /** @description figures a corroborating source gives otherwise than the development's own (recorded), each with its source */
                disputed: {
                    field: string;
                    publisher: string;
                    recorded: number;
                    /** Format: uuid */
                    sourceId: string;
                    value: number;
                }[];
                /** @description the unordered pairs (RUS-UKR) of each actor with each target, or with no targets of every two actors: what the tension index sums over */
                dyads: string[];
                /** Format: uuid */
                id: string;
                /** @description distinct publishers reporting it */
                independentSources: number;
                /** @description every actor involved: whose page lists it */
                involved: string[];
                /** @enum {string} */
                kind: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "ceasefire" | "agreement" | "sanctions" | "diplomatic_relations" | "border_measure" | "detention" | "armed_clash" | "attack" | "humanitarian" | "mediation" | "statement" | "prisoner_exchange" | "talks";
                /** @description where it happened, when reported */
                location: {
                    admin1?: string;
                    /** @description ISO 3166-1 alpha-3 */
                    country?: string;
                    latitude?: number;
                    longitude?: number;
                    name: string;
                    /**
                     * @description where the coordinates came from: the request (given), the gazetteer's place (place), the country's centroid (country); name: none known
                     * @enum {string}
                     */
                    precision: "given" | "place" | "country" | "name";
                } | null;
                magnitude: {
                    /**
                     * @description the sources give the figures as approximate
                     * @enum {boolean}
                     */
                    approximate?: true;
                    areaKm2?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    casualties?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    /** @description the party whose claim the figures are: counted at a discount in the tension index */
                    claimedBy?: string;
                    count?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                    damageUsd?: number | {
                        bySide: {
                            [key: string]: number;
                        };
                        total?: number;
                    };
                };
                /** @description the reporter's notes */
                notes: string | null;
                /**
                 * Format: date-time
                 * @description when it happened in the world
                 */
                occurredAt: string;
                /** @description the UTC day of occurredAt */
                occurredOn: string;
                /** @description the directed pairs, actor > target (UKR>RUS), both ways between actors acting together */
                pairs: string[];
                /** @description the registered person who acted (PUTIN), when known */
                person: string | null;
                /** @description the log position of the last event applied to it */
                position: number;
                /**
                 * Format: date-time
                 * @description when Parley learned of it
                 */
                recordedAt: string;
                retracted: boolean;
                /** Format: date-time */
                retractedAt: string | null;
                /** @description why it was retracted, when it was and a reason was given */
                retractionReason: string | null;
                /** @description occurredAt|id: the order of the list; a page's nextCursor is its last sortKey */
                sortKey: string;
                /** @description every publisher that reported it, first report first */
                sources: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    /**
                     * Format: uuid
                     * @description stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it
                     */
                    sourceId: string;
                    url?: string;
                }[];
                /** @description one line on what happened; a statement's words */
                summary: string | null;
                /** @description the people among the targets (ZELENSKY), whose countries are in targets */
                targetPersons: string[];
                targets: string[];
                /** @description the negotiation track it belongs to */
                trackId: string | null;
                /**
                 * Format: date-time
                 * @description when Parley last learned something about it: what `since=` matches
                 */
                updatedAt: string;
            }[];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "dyad": "RUS-UKR",
         *       "direction": null,
         *       "value": 55.02,
         *       "level": "high",
         *       "conflict": 48.38,
         *       "cooperation": 14.56,
         *       "asOf": "2025-06-02T23:59:59.000Z",
         *       "halfLifeDays": 14,
         *       "scale": 25,
         *       "tableVersion": "gdelt-2.0",
         *       "contributionCount": 13,
         *       "contributions": [
         *         {
         *           "eventId": "cbf4f95b-e405-511a-8b6c-a0ccae12a36b",
         *           "kind": "military_strike",
         *           "cameoCode": "195",
         *           "goldstein": -10,
         *           "channel": "conflict",
         *           "magnitude": 3.303,
         *           "sourceWeight": 0.5,
         *           "decay": 0.928,
         *           "attribution": 1,
         *           "relief": 1,
         *           "contribution": 15.33,
         *           "occurredAt": "2025-06-01T12:00:00.000Z"
         *         },
         *         {
         *           "eventId": "1039224f-fd34-5948-a446-883aeca958aa",
         *           "kind": "air_defence_interception",
         *           "cameoCode": "190",
         *           "goldstein": -10,
         *           "channel": "conflict",
         *           "magnitude": 3.053,
         *           "sourceWeight": 0.5,
         *           "decay": 0.762,
         *           "attribution": 1,
         *           "relief": 1,
         *           "contribution": 11.63,
         *           "occurredAt": "2025-05-28T12:00:00.000Z"
         *         },
         *         {
         *           "eventId": "217f0066-6ede-5e42-ac2a-4561f4532e65",
         *           "kind": "military_strike",
         *           "cameoCode": "190",
         *           "goldstein": -10,
         *           "channel": "conflict",
         *           "magnitude": 2.114,
         *           "sourceWeight": 0.5,
         *           "decay": 0.925,
         *           "attribution": 1,
         *           "relief": 1,
         *           "contribution": 9.77,
         *           "occurredAt": "2025-06-01T10:00:00.000Z"
         *         }
         *       ],
         *       "unlisted": {
         *         "count": 10,
         *         "conflict": 7.83,
         *         "cooperation": 12.88
         *       },
         *       "deEscalation": null
         *     }
         */
        DyadTensionDto: {
            /**
             * Format: date-time
             * @description the moment of reading: decay is measured to it
             */
            asOf: string;
            /** @description the sum of the conflict contributions */
            conflict: number;
            /** @description contributions in all; `limit` caps those listed */
            contributionCount: number;
            /** @description largest first */
            contributions: {
                /** @description 1 for a party's own act; the proxy attribution for a backed group's act */
                attribution: number;
                cameoCode: string;
                /** @enum {string} */
                channel: "conflict" | "cooperation";
                /** @description |goldstein| × magnitude × sourceWeight × decay × attribution × relief */
                contribution: number;
                /** @description 0.5^(age / half-life) */
                decay: number;
                /**
                 * Format: uuid
                 * @description the development it comes from
                 */
                eventId: string;
                goldstein: number;
                kind: string;
                /** @description 1 + log10(1 + size in units) */
                magnitude: number;
                /** Format: date-time */
                occurredAt: string;
                /** @description 1, or 1 − strength for conflict the de-escalation in force sets aside */
                relief: number;
                /** @description 1 − 0.5^independent sources */
                sourceWeight: number;
                /** @description the backed group whose act counts in its backer's dyad (M23), or the dyad of two groups the two parties back (M23-WAZALENDO) */
                via?: string;
            }[];
            /** @description the sum of the cooperation contributions */
            cooperation: number;
            /** @description the ceasefire or agreement between the parties that holds at `asOf`, if any */
            deEscalation: {
                /**
                 * Format: uuid
                 * @description the ceasefire or agreement
                 */
                eventId: string;
                kind: string;
                scope: string | null;
                /** @description the conflict it takes off the reading at `asOf` */
                setAside: number;
                /**
                 * Format: date-time
                 * @description conflict up to this moment is set aside: `since`, or its last violation once it held again
                 */
                setsAsideThrough: string;
                /**
                 * Format: date-time
                 * @description when it took effect
                 */
                since: string;
                stage: string;
                /** @description the share of that conflict set aside */
                strength: number;
            } | null;
            /** @description the direction asked for with `from` (UKR>RUS); null for both */
            direction: string | null;
            dyad: string;
            /** @description days after which a development weighs half */
            halfLifeDays: number;
            /** @enum {string} */
            level: "low" | "elevated" | "high" | "severe";
            /** @description the conflict at which the index reads 50 when there is no cooperation */
            scale: number;
            /** @description the CAMEO Goldstein table the weights come from */
            tableVersion: string;
            /** @description what the contributions left out of the list add up to: listed plus unlisted make the channels */
            unlisted: {
                conflict: number;
                cooperation: number;
                count: number;
            };
            /** @description 100 × conflict / (conflict + cooperation + scale) */
            value: number;
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
         *       "nextAfter": 2,
         *       "nextCursor": "2"
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
                    /** @description as the request gave it */
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
            /** @description pass as `cursor` for the next page, as on every list; null once a page comes back short (the head, for now) */
            nextCursor: string | null;
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
         *           "sources": [
         *             {
         *               "publisher": "Al-Ahram Weekly",
         *               "publishedAt": "2025-06-05T00:00:00.000Z",
         *               "sourceId": "f1c7971a-5492-58fd-9fbe-c7e3942fe030"
         *             }
         *           ],
         *           "disputed": [],
         *           "confirmed": false,
         *           "position": 4
         *         }
         *       ],
         *       "totals": {
         *         "count": 1,
         *         "returned": {
         *           "RUS": 307,
         *           "UKR": 307
         *         }
         *       },
         *       "nextCursor": null
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
                /** @description reported by two or more independent publishers */
                confirmed: boolean;
                /** Format: uuid */
                developmentId: string;
                /** @description figures a corroborating source gives otherwise than the development's own (recorded), each with its source */
                disputed: {
                    field: string;
                    publisher: string;
                    recorded: number;
                    /** Format: uuid */
                    sourceId: string;
                    value: number;
                }[];
                mediators: string[];
                /** Format: date-time */
                occurredAt: string;
                position: number;
                returned: {
                    count: number;
                    to: string;
                }[];
                /** @description every publisher that reported it, first report first */
                sources: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    /**
                     * Format: uuid
                     * @description stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it
                     */
                    sourceId: string;
                    url?: string;
                }[];
                trackId: string | null;
            }[];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** @description over every exchange the filters select, not only this page */
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
         *       "recorded": 1,
         *       "corroborated": 0,
         *       "refused": 1,
         *       "position": 7,
         *       "lines": [
         *         {
         *           "line": 1,
         *           "outcome": "recorded",
         *           "id": "6d1f0c3e-2b4a-5c8d-9e7f-1a2b3c4d5e6f",
         *           "sourceAttached": false,
         *           "corroborated": null,
         *           "streamId": "development-2c9a41f7-0d0b-5b63-9a1e-7f1c3d2e4b5a",
         *           "streamVersion": 1,
         *           "position": 7,
         *           "eventIds": [
         *             "0b7c6f1e-3d0a-4c55-9a43-1f2e8d6b5a90"
         *           ]
         *         },
         *         {
         *           "line": 2,
         *           "outcome": "refused",
         *           "problem": {
         *             "type": "https://parley.dev/problems/invalid-request",
         *             "title": "invalid request",
         *             "status": 400,
         *             "detail": "actor: NOBODY is not a known actor; register it with POST /api/v1/actors",
         *             "errors": [
         *               {
         *                 "field": "actor",
         *                 "message": "NOBODY is not a known actor; register it with POST /api/v1/actors"
         *               }
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        ImportAnswerDto: {
            corroborated: number;
            /** @description one answer per development, in the order of the body */
            lines: {
                /**
                 * Format: uuid
                 * @description the development the line corroborated, or null when it recorded a new one
                 */
                corroborated?: string | null;
                disputed?: {
                    field: string;
                    recorded: number;
                    value: number;
                }[];
                eventIds?: string[];
                /** @description the development recorded or corroborated */
                id?: string;
                /** @description its line in the body, counted from 1 */
                line: number;
                matched?: string[];
                /**
                 * @description recorded as a new development, corroborated one already recorded (its source attached), or refused
                 * @enum {string}
                 */
                outcome: "recorded" | "corroborated" | "refused";
                position?: number;
                /** @description why a refused line was refused, as a single POST of it would have been answered */
                problem?: {
                    detail?: string;
                    errors?: {
                        field: string;
                        message: string;
                    }[];
                    rule?: string;
                    status: number;
                    title: string;
                    type: string;
                };
                /** @description true when this line was answered before under the same Idempotency-Key: nothing new was stored */
                replayed?: boolean;
                /** @description true when the line corroborated a development: its source was attached */
                sourceAttached?: boolean;
                streamId?: string;
                streamVersion?: number;
            }[];
            /** @description the log position of the last event stored: minPosition to read the batch back */
            position: number | null;
            recorded: number;
            refused: number;
        };
        /**
         * @example {
         *       "status": "ok",
         *       "info": {},
         *       "error": {},
         *       "details": {}
         *     }
         */
        LivenessDto: {
            /** @description every part checked */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description the parts that are down */
            error: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description the parts that are up */
            info: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        /**
         * @example {
         *       "scheduledStart": "2025-07-24T16:00:00Z",
         *       "reason": "delegations not ready",
         *       "announcedAt": "2025-07-22T09:00:00Z"
         *     }
         */
        PostponeTalksRequestDto: {
            /**
             * Format: date-time
             * @description when the postponement was announced: never after the new start
             */
            announcedAt?: string;
            expectedVersion?: number;
            reason?: string;
            /**
             * Format: date-time
             * @description the new start: later than the one it replaces
             */
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
         *       "headPosition": 30,
         *       "deadLetters": 1,
         *       "lastDeadLetter": {
         *         "reason": "UndecodableEvent: unknown event type TalksAbandoned",
         *         "receivedAt": "2025-06-05T09:30:00.000Z"
         *       },
         *       "projections": [
         *         {
         *           "name": "developments",
         *           "state": "live",
         *           "appliedPosition": 30,
         *           "headPosition": 30,
         *           "lag": {
         *             "events": 0,
         *             "seconds": 0
         *           },
         *           "lastRebuild": null
         *         },
         *         {
         *           "name": "negotiation-status",
         *           "state": "live",
         *           "appliedPosition": 30,
         *           "headPosition": 30,
         *           "lag": {
         *             "events": 0,
         *             "seconds": 0
         *           },
         *           "lastRebuild": {
         *             "source": "store",
         *             "generation": 2,
         *             "progress": {
         *               "done": 30,
         *               "total": 30
         *             },
         *             "eventsPerSecond": 348,
         *             "applied": {
         *               "fromSource": 30,
         *               "caughtUp": 0
         *             },
         *             "error": null,
         *             "startedAt": "2025-06-05T09:00:00.000Z",
         *             "finishedAt": "2025-06-05T09:00:00.091Z"
         *           }
         *         }
         *       ]
         *     }
         */
        ProjectionsStatusDto: {
            /** @description messages the projector set aside (GET /api/v1/admin/dead-letters lists them) */
            deadLetters: number;
            headPosition: number;
            /** @description the newest of them; null when there are none */
            lastDeadLetter: {
                reason: string;
                /** Format: date-time */
                receivedAt: string;
            } | null;
            projections: {
                appliedPosition: number;
                headPosition: number;
                lag: {
                    events: number;
                    /** @description how long the oldest event not yet applied has waited */
                    seconds: number;
                };
                /** @description under way, done or failed; null if never rebuilt */
                lastRebuild: {
                    /** @description the events the rebuild applied, by where they came from; null until it has switched */
                    applied: {
                        /** @description then applied from the store at the switch: events the source had not supplied */
                        caughtUp: number;
                        /** @description read from the source it was asked for: the event store, or Kafka */
                        fromSource: number;
                    } | null;
                    error: string | null;
                    eventsPerSecond: number | null;
                    /** Format: date-time */
                    finishedAt: string | null;
                    generation: number;
                    progress: {
                        done: number;
                        total: number;
                    };
                    /** @enum {string} */
                    source: "store" | "kafka";
                    /** Format: date-time */
                    startedAt: string;
                } | null;
                name: string;
                /** @enum {string} */
                state: "live" | "rebuilding" | "failed";
            }[];
        };
        /**
         * @example {
         *       "status": "ok",
         *       "info": {
         *         "postgresql": {
         *           "status": "up"
         *         },
         *         "kafka": {
         *           "status": "up",
         *           "brokers": 1
         *         },
         *         "projector": {
         *           "status": "up",
         *           "headPosition": 30,
         *           "appliedThrough": 30,
         *           "lagEvents": 0,
         *           "maxLagEvents": 10000
         *         }
         *       },
         *       "error": {},
         *       "details": {
         *         "postgresql": {
         *           "status": "up"
         *         },
         *         "kafka": {
         *           "status": "up",
         *           "brokers": 1
         *         },
         *         "projector": {
         *           "status": "up",
         *           "headPosition": 30,
         *           "appliedThrough": 30,
         *           "lagEvents": 0,
         *           "maxLagEvents": 10000
         *         }
         *       }
         *     }
         */
        ReadinessDto: {
            /** @description every part checked */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description the parts that are down */
            error: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description the parts that are up */
            info: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        /**
         * @example {
         *       "projections": [
         *         "negotiation-status"
         *       ],
         *       "generation": 2,
         *       "status": "/api/v1/admin/projections"
         *     }
         */
        RebuildStartedDto: {
            /** @description the generation they are rebuilt into; queries switch to it when it is done */
            generation: number;
            /** @description the read models being rebuilt */
            projections: string[];
            /** @description where to follow the rebuild */
            status: string;
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
            /**
             * Format: uuid
             * @description the id of the development this report tells of; 409 naming the fact that disagrees
             */
            corroborates?: string;
            /** @description true: a development of its own, however like another it looks */
            distinct?: boolean;
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
            /**
             * Format: uuid
             * @description the id of the development this report tells of; 409 naming the fact that disagrees
             */
            corroborates?: string;
            /** @description true: a development of its own, however like another it looks */
            distinct?: boolean;
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
        /**
         * @example {
         *       "code": "DRAPATYI",
         *       "name": "Mykhailo Drapatyi",
         *       "type": "person",
         *       "country": "UKR",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        RegisterActorRequestDto: {
            /**
             * @description the states, organisations or groups backing it from now on; POST …/backing dates a backing that began earlier
             * @default []
             */
            backedBy?: string[];
            code: string;
            /** @description the country a person or group acts for: their acts count as its acts */
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
        /**
         * @example {
         *       "reason": "recorded twice: the same attack was already recorded"
         *     }
         */
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
         *       "retractions": [
         *         {
         *           "id": "0f9e8d7c-6b5a-5f4e-8d3c-2b1a0f9e8d7c",
         *           "kind": "military_strike",
         *           "retractedAt": "2025-06-05T09:00:00.000Z",
         *           "reason": "recorded twice: the same attack was already recorded"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        RetractionListDto: {
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            retractions: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "ceasefire" | "agreement" | "sanctions" | "diplomatic_relations" | "border_measure" | "detention" | "armed_clash" | "attack" | "humanitarian" | "mediation" | "statement" | "prisoner_exchange" | "talks";
                reason: string | null;
                /** Format: date-time */
                retractedAt: string;
            }[];
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
         *       "hostCountry": "TUR",
         *       "scheduledStart": "2025-06-02T07:00:00Z",
         *       "announcedAt": "2025-05-30T12:00:00Z",
         *       "source": {
         *         "publisher": "Al-Ahram Weekly",
         *         "publishedAt": "2025-06-05T00:00:00Z"
         *       }
         *     }
         */
        ScheduleTalksRequestDto: {
            /**
             * Format: date-time
             * @description when the round was announced: never after scheduledStart
             */
            announcedAt?: string;
            cameoCode?: string;
            /** @description where a round in person meets: required unless the format is call or video */
            city?: string;
            expectedVersion?: number;
            /**
             * @description in_person (the default), or call or video, which need no city
             * @enum {string}
             */
            format?: "in_person" | "call" | "video";
            /** @description the country the round meets in (TUR for Istanbul): a third country codes the talks 044 */
            hostCountry?: string;
            /**
             * @description who mediates: never one of the parties, nor a person acting for one
             * @default []
             */
            mediators?: string[];
            /** @description the countries, organisations or groups that negotiate: never a person */
            parties: string[];
            /** @description without it, a report of the round scheduled for the same day corroborates that round; otherwise the next number */
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
         *           "actors": [
         *             "USA",
         *             "TRUMP"
         *           ],
         *           "targetPersons": [],
         *           "madeAt": "2025-05-27T18:00:00.000Z",
         *           "trackId": null,
         *           "cameo": {
         *             "code": "130",
         *             "rootCode": "13",
         *             "quadClass": 3,
         *             "goldstein": -4.4,
         *             "tableVersion": "gdelt-2.0"
         *           },
         *           "sources": [
         *             {
         *               "publisher": "Al-Ahram Weekly",
         *               "publishedAt": "2025-06-05T00:00:00.000Z",
         *               "sourceId": "f1c7971a-5492-58fd-9fbe-c7e3942fe030"
         *             }
         *           ],
         *           "disputed": [],
         *           "confirmed": false,
         *           "recordedAt": "2025-06-05T08:00:00.000Z",
         *           "position": 5
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        StatementListDto: {
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            statements: {
                actor: string;
                /** @description the actor and the person: what `actor=` matches */
                actors: string[];
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
                /** @description reported by two or more independent publishers */
                confirmed: boolean;
                /** Format: uuid */
                developmentId: string;
                /** @description figures a corroborating source gives otherwise than the development's own (recorded), each with its source */
                disputed: {
                    field: string;
                    publisher: string;
                    recorded: number;
                    /** Format: uuid */
                    sourceId: string;
                    value: number;
                }[];
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
                /** @description every publisher that reported it, first report first */
                sources: {
                    /** Format: date-time */
                    publishedAt?: string;
                    publisher: string;
                    /**
                     * Format: uuid
                     * @description stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it
                     */
                    sourceId: string;
                    url?: string;
                }[];
                speaker: string;
                /** @enum {string} */
                stance: "hostile" | "critical" | "neutral" | "conciliatory" | "cooperative";
                /** @description the people among the targets, whose countries are in targets */
                targetPersons: string[];
                targets: string[];
                trackId: string | null;
            }[];
        };
        /**
         * @example {
         *       "dyad": "RUS-UKR",
         *       "interval": "day",
         *       "points": [
         *         {
         *           "at": "2025-05-30T00:00:00.000Z",
         *           "value": 32.09,
         *           "conflict": 17.47,
         *           "cooperation": 11.97
         *         },
         *         {
         *           "at": "2025-05-31T00:00:00.000Z",
         *           "value": 35.82,
         *           "conflict": 21.51,
         *           "cooperation": 13.53
         *         },
         *         {
         *           "at": "2025-06-01T00:00:00.000Z",
         *           "value": 35.08,
         *           "conflict": 20.47,
         *           "cooperation": 12.88
         *         },
         *         {
         *           "at": "2025-06-02T00:00:00.000Z",
         *           "value": 55.69,
         *           "conflict": 46.83,
         *           "cooperation": 12.26
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        TensionHistoryDto: {
            dyad: string;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            points: {
                /** Format: date-time */
                at: string;
                /** @description the sum of the conflict contributions */
                conflict: number;
                /** @description the sum of the cooperation contributions */
                cooperation: number;
                /** @description 100 × conflict / (conflict + cooperation + scale) */
                value: number;
            }[];
        };
        /**
         * @example {
         *       "asOf": "2025-06-02T23:59:59.000Z",
         *       "halfLifeDays": 14,
         *       "scale": 25,
         *       "tableVersion": "gdelt-2.0",
         *       "overall": {
         *         "actors": null,
         *         "value": 53.92,
         *         "level": "high",
         *         "conflict": 56.74,
         *         "cooperation": 23.49
         *       },
         *       "dyads": [
         *         {
         *           "dyad": "RUS-UKR",
         *           "value": 55.02,
         *           "level": "high",
         *           "conflict": 48.38,
         *           "cooperation": 14.56
         *         },
         *         {
         *           "dyad": "RUS-USA",
         *           "value": 17.32,
         *           "level": "low",
         *           "conflict": 5.62,
         *           "cooperation": 1.84
         *         },
         *         {
         *           "dyad": "NATO-RUS",
         *           "value": 10.18,
         *           "level": "low",
         *           "conflict": 2.83,
         *           "cooperation": 0
         *         },
         *         {
         *           "dyad": "GBR-RUS",
         *           "value": 4.59,
         *           "level": "low",
         *           "conflict": 1.2,
         *           "cooperation": 0
         *         },
         *         {
         *           "dyad": "EU-RUS",
         *           "value": 2.97,
         *           "level": "low",
         *           "conflict": 0.77,
         *           "cooperation": 0
         *         },
         *         {
         *           "dyad": "DEU-RUS",
         *           "value": 2.96,
         *           "level": "low",
         *           "conflict": 0.76,
         *           "cooperation": 0
         *         }
         *       ]
         *     }
         */
        TensionOverviewDto: {
            /**
             * Format: date-time
             * @description the moment of reading: decay is measured to it
             */
            asOf: string;
            /** @description every dyad with a reading, highest first */
            dyads: {
                /** @description the sum of the conflict contributions */
                conflict: number;
                /** @description the sum of the cooperation contributions */
                cooperation: number;
                dyad: string;
                /** @enum {string} */
                level: "low" | "elevated" | "high" | "severe";
                /** @description 100 × conflict / (conflict + cooperation + scale) */
                value: number;
            }[];
            /** @description days after which a development weighs half */
            halfLifeDays: number;
            overall: {
                /** @description the actors of the conflict asked for; null for everyone */
                actors: string[] | null;
                /** @description the sum of the conflict contributions */
                conflict: number;
                /** @description the sum of the cooperation contributions */
                cooperation: number;
                /** @enum {string} */
                level: "low" | "elevated" | "high" | "severe";
                /** @description 100 × conflict / (conflict + cooperation + scale) */
                value: number;
            };
            /** @description the conflict at which the index reads 50 when there is no cooperation */
            scale: number;
            /** @description the CAMEO Goldstein table the weights come from */
            tableVersion: string;
        };
        /**
         * @example {
         *       "dyad": "RUS-USA",
         *       "month": "2025-05",
         *       "previousMonth": "2025-04",
         *       "mean": 3.09,
         *       "previousMean": 0,
         *       "change": 3.09,
         *       "threshold": 5,
         *       "verdict": "unchanged"
         *     }
         */
        TensionTrendDto: {
            change: number;
            dyad: string;
            /** @description the mean of the month's daily readings, each at the end of its day */
            mean: number;
            month: string;
            previousMean: number;
            previousMonth: string;
            /** @description index points the mean must move by to count as a change */
            threshold: number;
            /** @enum {string} */
            verdict: "deteriorated" | "improved" | "unchanged";
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
         *           "names": {
         *             "RUS": "Russian Federation",
         *             "UKR": "Ukraine",
         *             "TUR": "Türkiye"
         *           },
         *           "status": "concluded",
         *           "phase": "active",
         *           "roundsHeld": 1,
         *           "lastRound": {
         *             "round": 2,
         *             "format": "in_person",
         *             "city": "Istanbul",
         *             "venue": "Ciragan Palace",
         *             "hostCountry": "TUR",
         *             "scheduledStart": "2025-06-02T07:00:00.000Z",
         *             "originalScheduledStart": "2025-06-02T07:00:00.000Z",
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
         *       ],
         *       "nextCursor": null
         *     }
         */
        TrackListDto: {
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            tracks: {
                /** Format: date-time */
                lastDevelopmentAt: string | null;
                lastRound: {
                    /** @description null for a call or a video conference that named none */
                    city: string | null;
                    /** @description how late the round began against the start first announced for it */
                    delayMinutes: number | null;
                    durationMinutes: number | null;
                    /** Format: date-time */
                    endedAt: string | null;
                    /**
                     * @description in_person, or a call or video conference (which needs no city)
                     * @enum {string}
                     */
                    format: "in_person" | "call" | "video";
                    /** @description the country the round meets in, when named */
                    hostCountry: string | null;
                    /**
                     * Format: date-time
                     * @description the start first announced, before any postponement
                     */
                    originalScheduledStart: string;
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
                /** @description every party and mediator by name, persons included */
                names: {
                    [key: string]: string;
                };
                nextRound: {
                    /** @description null for a call or a video conference that named none */
                    city: string | null;
                    /**
                     * @description in_person, or a call or video conference (which needs no city)
                     * @enum {string}
                     */
                    format: "in_person" | "call" | "video";
                    /** @description the country the round meets in, when named */
                    hostCountry: string | null;
                    round: number;
                    /** Format: date-time */
                    scheduledStart: string;
                    /** @enum {string} */
                    status: "scheduled" | "in_session" | "concluded" | "broken_off" | "postponed" | "cancelled";
                    venue: string | null;
                } | null;
                parties: string[];
                /**
                 * @description where the process stands at asOf: agreement_reached once an agreement is signed on the track, broken_down once its last round broke off or a party withdrew from an agreement (the later of these counts), else stalled when no round was held or due for 90 days, else active
                 * @enum {string}
                 */
                phase: "active" | "stalled" | "agreement_reached" | "broken_down";
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
                status: "scheduled" | "in_session" | "concluded" | "broken_off" | "postponed" | "cancelled";
                trackId: string;
            }[];
        };
        /**
         * @example {
         *       "trackId": "russia-ukraine",
         *       "names": {
         *         "RUS": "Russian Federation",
         *         "UKR": "Ukraine",
         *         "TUR": "Türkiye"
         *       },
         *       "rounds": [
         *         {
         *           "round": 2,
         *           "format": "in_person",
         *           "city": "Istanbul",
         *           "venue": "Ciragan Palace",
         *           "hostCountry": "TUR",
         *           "scheduledStart": "2025-06-02T07:00:00.000Z",
         *           "originalScheduledStart": "2025-06-02T07:00:00.000Z",
         *           "startedAt": "2025-06-02T09:00:00.000Z",
         *           "endedAt": "2025-06-02T10:00:00.000Z",
         *           "delayMinutes": 120,
         *           "durationMinutes": 60,
         *           "outcomes": [
         *             {
         *               "kind": "prisoner_exchange_agreed",
         *               "summary": "A new prisoner exchange deal"
         *             },
         *             {
         *               "kind": "further_talks_agreed",
         *               "summary": "The need for another round of talks"
         *             }
         *           ],
         *           "status": "concluded",
         *           "mediators": [
         *             "TUR"
         *           ],
         *           "postponements": [],
         *           "reason": null,
         *           "cancelledAt": null
         *         },
         *         {
         *           "round": 3,
         *           "status": "cancelled",
         *           "format": "in_person",
         *           "city": "Istanbul",
         *           "venue": "Ciragan Palace",
         *           "hostCountry": "TUR",
         *           "mediators": [
         *             "TUR"
         *           ],
         *           "scheduledStart": "2025-07-24T16:00:00.000Z",
         *           "originalScheduledStart": "2025-07-23T16:00:00.000Z",
         *           "postponements": [
         *             {
         *               "from": "2025-07-23T16:00:00.000Z",
         *               "to": "2025-07-24T16:00:00.000Z",
         *               "reason": "delegations not ready",
         *               "announcedAt": "2025-07-22T09:00:00.000Z"
         *             }
         *           ],
         *           "startedAt": null,
         *           "endedAt": null,
         *           "delayMinutes": null,
         *           "durationMinutes": null,
         *           "outcomes": [],
         *           "reason": "called off",
         *           "cancelledAt": "2025-07-23T09:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        TrackRoundsDto: {
            /** @description every party and mediator by name, persons included */
            names: {
                [key: string]: string;
            };
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            rounds: {
                /** Format: date-time */
                cancelledAt: string | null;
                /** @description null for a call or a video conference that named none */
                city: string | null;
                /** @description how late it began against the start first announced */
                delayMinutes: number | null;
                durationMinutes: number | null;
                /**
                 * Format: date-time
                 * @description when it concluded or broke off
                 */
                endedAt: string | null;
                /**
                 * @description in_person, or a call or video conference (which needs no city)
                 * @enum {string}
                 */
                format: "in_person" | "call" | "video";
                /** @description the country the round meets in, when named */
                hostCountry: string | null;
                mediators: string[];
                /**
                 * Format: date-time
                 * @description the start first announced
                 */
                originalScheduledStart: string;
                outcomes: {
                    /** @enum {string} */
                    kind: "prisoner_exchange_agreed" | "further_talks_agreed" | "memorandum_exchanged" | "ceasefire_agreed" | "no_agreement" | "other";
                    summary: string;
                }[];
                postponements: {
                    /**
                     * Format: date-time
                     * @description when the postponement was announced
                     */
                    announcedAt: string;
                    /** Format: date-time */
                    from: string;
                    reason: string | null;
                    /** Format: date-time */
                    to: string;
                }[];
                /** @description why it was cancelled or broke off */
                reason: string | null;
                round: number;
                /**
                 * Format: date-time
                 * @description the start it is scheduled for now, after any postponement
                 */
                scheduledStart: string;
                /** Format: date-time */
                startedAt: string | null;
                /** @enum {string} */
                status: "scheduled" | "in_session" | "concluded" | "broken_off" | "postponed" | "cancelled";
                venue: string | null;
            }[];
            trackId: string;
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
         *       "names": {
         *         "RUS": "Russian Federation",
         *         "UKR": "Ukraine",
         *         "TUR": "Türkiye"
         *       },
         *       "status": "concluded",
         *       "phase": "active",
         *       "roundsHeld": 1,
         *       "lastRound": {
         *         "round": 2,
         *         "format": "in_person",
         *         "city": "Istanbul",
         *         "venue": "Ciragan Palace",
         *         "hostCountry": "TUR",
         *         "scheduledStart": "2025-06-02T07:00:00.000Z",
         *         "originalScheduledStart": "2025-06-02T07:00:00.000Z",
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
                /** @description null for a call or a video conference that named none */
                city: string | null;
                /** @description how late the round began against the start first announced for it */
                delayMinutes: number | null;
                durationMinutes: number | null;
                /** Format: date-time */
                endedAt: string | null;
                /**
                 * @description in_person, or a call or video conference (which needs no city)
                 * @enum {string}
                 */
                format: "in_person" | "call" | "video";
                /** @description the country the round meets in, when named */
                hostCountry: string | null;
                /**
                 * Format: date-time
                 * @description the start first announced, before any postponement
                 */
                originalScheduledStart: string;
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
            /** @description every party and mediator by name, persons included */
            names: {
                [key: string]: string;
            };
            nextRound: {
                /** @description null for a call or a video conference that named none */
                city: string | null;
                /**
                 * @description in_person, or a call or video conference (which needs no city)
                 * @enum {string}
                 */
                format: "in_person" | "call" | "video";
                /** @description the country the round meets in, when named */
                hostCountry: string | null;
                round: number;
                /** Format: date-time */
                scheduledStart: string;
                /** @enum {string} */
                status: "scheduled" | "in_session" | "concluded" | "broken_off" | "postponed" | "cancelled";
                venue: string | null;
            } | null;
            parties: string[];
            /**
             * @description where the process stands at asOf: agreement_reached once an agreement is signed on the track, broken_down once its last round broke off or a party withdrew from an agreement (the later of these counts), else stalled when no round was held or due for 90 days, else active
             * @enum {string}
             */
            phase: "active" | "stalled" | "agreement_reached" | "broken_down";
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
            status: "scheduled" | "in_session" | "concluded" | "broken_off" | "postponed" | "cancelled";
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
            /**
             * Format: uuid
             * @description on a report: the development it corroborated (kind, stage, actors, targets, code, time, place and figures agree), or null when it was recorded as a new one
             */
            corroborated?: string | null;
            /** @description figures the report gives otherwise than the development (a toll of 31 against 26): kept beside the development's own */
            disputed?: {
                field: string;
                recorded: number;
                value: number;
            }[];
            eventIds: string[];
            /** @description the development the write recorded or changed */
            id?: string;
            /** @description what the report and the development it corroborated agree on: kind, details.stage, actors, targets, cameoCode, occurredAt, location, figures */
            matched?: string[];
            /** @description the log position of the last event written; pass it as minPosition to read your write */
            position: number;
            /** @description true when this was a report of a development already recorded: its source was attached */
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
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only actors of this type */
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
                content: {
                    "application/json": components["schemas"]["ActorListDto"];
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
    RegisterActorHttpController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterActorRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many recent developments, 20 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
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
                content: {
                    "application/json": components["schemas"]["ActorDto"];
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
    ChangeBackingHttpController_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBackingRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description no such resource */
            404: {
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
    ListDeadLettersHttpController_list: {
        parameters: {
            query?: {
                /** @description at most this many, 100 unless given */
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
                content: {
                    "application/json": components["schemas"]["DeadLetterListDto"];
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
                content: {
                    "application/json": components["schemas"]["ProjectionsStatusDto"];
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
        };
    };
    RebuildProjectionHttpController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a read model, or `all` */
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
                content: {
                    "application/json": components["schemas"]["RebuildStartedDto"];
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
            /** @description no read model of that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a rebuild of that read model is already under way */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ListDevelopmentsHttpController_list: {
        parameters: {
            query?: {
                /** @description acted by this actor, or by this person (PUTIN); with via=true also by groups it backed, while it backed them */
                actor?: string;
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description true: only those reported by at least two independent publishers; false: only those not yet */
                confirmed?: "true" | "false";
                /** @description only those whose place (`location.country`) is in this country; a place recorded as a plain name has none */
                country?: string;
                /** @description the `nextCursor` of the previous page */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only what happened at or after this moment; a plain date is its start in UTC */
                from?: string;
                /** @description only developments of this kind */
                kind?: "military_strike" | "air_defence_interception" | "territorial_change" | "sabotage" | "personnel_change" | "arms_supply_decision" | "threat_assessment" | "demands" | "diplomatic_meeting" | "accusation" | "proposal" | "memorandum" | "reported_event" | "ceasefire" | "agreement" | "sanctions" | "diplomatic_relations" | "border_measure" | "detention" | "armed_clash" | "attack" | "humanitarian" | "mediation" | "statement" | "prisoner_exchange" | "talks";
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 50 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only those one of whose sources this publisher is, spelled as recorded */
                publisher?: string;
                /** @description full-text search of summaries, quotes, speakers, places, details and sources (publisher, URL, title), as a search box takes it: all the words, "a phrase", -excluded, `or` between two; words are matched whole and unstemmed */
                q?: string;
                /** @description only those Parley learned something about (recorded, sourced, corrected) at or after this moment */
                since?: string;
                /** @description aimed at this actor */
                target?: string;
                /** @description only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does) */
                to?: string;
                /** @description only those of this negotiation track */
                trackId?: string;
                /** @description with `actor`: true adds the acts of groups the actor backed (M23 for RWA), dated within the backing */
                via?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPageDto"];
                    /**
                     * @example event_id,event_date,occurred_at,date_precision,kind,stage,actor1,assoc_actor1,actor2,persons,location,country,latitude,longitude,fatalities,cameo_code,quad_class,goldstein,summary,sources,source_urls,confirmed,notes,track_id,recorded_at,position,location_precision,fatalities_by_side,figures_approximate,figures_claimed_by,independent_sources,corrections,details
                     *     cbf4f95b-e405-511a-8b6c-a0ccae12a36b,2025-06-01,2025-06-01T12:00:00.000Z,day,military_strike,,UKR,,RUS,,Siberia,,,,,195,4,-10,Drone attack on Russian strategic bombers: $2 billion of aircraft damaged,Al-Ahram Weekly,,false,,,2025-06-05T08:00:00.000Z,24,name,,false,,1,0,"{""means"":[""drone""],""objective"":""nuclear-capable long-range bombers at airbases in Siberia and elsewhere""}"
                     */
                    "text/csv": string;
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
    RecordDevelopmentHttpController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        means: ("air" | "missile" | "artillery" | "drone") | ("air" | "missile" | "artillery" | "drone")[];
                        objective?: string;
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "military_strike";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "air_defence_interception";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        change: "gained" | "lost" | "held" | "withdrew";
                        region?: string;
                        shareOfTerritory?: number;
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "territorial_change";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "sabotage";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "personnel_change";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "arms_supply_decision";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "threat_assessment";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        conditions: string[];
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "demands";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "diplomatic_meeting";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        allegation: string;
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "accusation";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "proposal";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "memorandum";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
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
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "reported_event";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** Format: date-time */
                        endsAt?: string;
                        mediators?: string[];
                        /** @enum {string} */
                        scope: "full" | "partial" | "humanitarian_pause" | "energy_infrastructure" | "other";
                        scopeNote?: string;
                        /** @enum {string} */
                        stage: "agreed" | "declared" | "violated" | "collapsed";
                        /** Format: date-time */
                        startsAt: string;
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "ceasefire";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        guarantors?: string[];
                        provisions?: ("ceasefire" | "prisoners" | "territory" | "withdrawal" | "disarmament" | "security" | "monitoring" | "elections" | "power_sharing" | "humanitarian" | "refugees" | "justice" | "economic" | "resources" | "other")[];
                        /** @enum {string} */
                        stage: "initialled" | "signed" | "ratified" | "implemented" | "suspended" | "withdrawn";
                        title: string;
                        witnesses?: string[];
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "agreement";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        measures: string[];
                        /** @enum {string} */
                        stage: "imposed" | "eased" | "lifted";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "sanctions";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        stage: "severed" | "downgraded" | "restored" | "ambassador_recalled" | "diplomats_expelled";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "diplomatic_relations";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        stage: "closed" | "reopened";
                        /** @enum {string} */
                        what: "border" | "airspace" | "trade" | "visas";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "border_measure";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        persons?: string[];
                        /** @enum {string} */
                        stage: "detained" | "abducted" | "released" | "sentenced";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "detention";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        line?: string;
                        /** @enum {string} */
                        stage: "clash" | "small_arms" | "shelling";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "armed_clash";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        attribution?: "claimed" | "alleged" | "confirmed";
                        /** @enum {string} */
                        stage: "terrorist" | "insurgent";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "attack";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        /** @enum {string} */
                        stage: "corridor_agreed" | "aid_delivered" | "aid_blocked" | "evacuation";
                        what?: string;
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "humanitarian";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
                    /** @description the actor, when one acted alone: shorthand for `actors: [actor]` */
                    actor?: string;
                    /** @description everyone who acted together, the principal first */
                    actors?: string[];
                    cameoCode?: string;
                    /**
                     * Format: uuid
                     * @description the id of the development this report tells of; 409 naming the fact that disagrees
                     */
                    corroborates?: string;
                    /**
                     * @default exact
                     * @enum {string}
                     */
                    datePrecision?: "exact" | "day" | "week" | "month";
                    details: {
                        mediator: string;
                        /** @enum {string} */
                        stage: "offered" | "accepted" | "rejected";
                    };
                    /** @description true: a development of its own, however like another it looks */
                    distinct?: boolean;
                    expectedVersion?: number;
                    /** @constant */
                    kind: "mediation";
                    /** @description a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? } */
                    location?: string | {
                        admin1?: string;
                        country?: string;
                        latitude?: number;
                        longitude?: number;
                        name: string;
                    };
                    /** @description figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are */
                    magnitude?: {
                        /** @constant */
                        approximate?: true;
                        areaKm2?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        casualties?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        claimedBy?: string;
                        count?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                        damageUsd?: number | {
                            bySide: {
                                [key: string]: number;
                            };
                            total?: number;
                        };
                    };
                    /** @description the reporter's notes: caveats, what the sources disagree on */
                    notes?: string;
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description no such resource */
            404: {
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
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
                content: {
                    "application/json": components["schemas"]["DevelopmentDto"];
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
    AmendDevelopmentHttpController_retract: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            200: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            200: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
    AmendDevelopmentHttpController_detachSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetachSourceRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            200: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
    ImportDevelopmentsHttpController_record: {
        parameters: {
            query?: {
                /** @description true: all or nothing, any refused line refuses the whole request (4xx naming every refused line) and nothing is stored */
                atomic?: "true" | "false";
            };
            header?: {
                /** @description line n without an idempotencyKey of its own claims `<key>#n`: a repeat answers each line stored before with its first answer (replayed: true) and stores nothing for it */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description NDJSON: up to 10,000 developments, one JSON object per line, each exactly the body POST /api/v1/developments takes, and optionally `idempotencyKey`: the Idempotency-Key a single POST of it would carry */
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description the batch was taken: `lines` says what became of each development */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAnswerDto"];
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
            /** @description no such resource */
            404: {
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description the `nextCursor` of the previous page */
                cursor?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 100 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only those withdrawn at or after this moment */
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
                content: {
                    "application/json": components["schemas"]["RetractionListDto"];
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
    ListEventsHttpController_list: {
        parameters: {
            query?: {
                /** @description only events that concern this actor: every event of a track, development or actor that names it anywhere (speaker, person, target, party, mediator, side returned to, backer), its rounds, sources, corrections, retractions and backings included */
                actor?: string;
                /** @description only events after this log position: the `nextAfter` of the previous page */
                after?: number;
                /** @description the `nextCursor` of the previous page: the same as `after`, named as on every list */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only what happened at or after this moment; a plain date is its start in UTC */
                from?: string;
                /** @description at most this many: a page of JSON holds 100 unless given; an NDJSON stream runs to the head unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only the events of this stream */
                stream?: string;
                /** @description only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does) */
                to?: string;
                /** @description only events of this type */
                type?: "TalksScheduled" | "TalksStarted" | "TalksConcluded" | "TalksBrokenOff" | "TalksPostponed" | "TalksCancelled" | "StatementRecorded" | "PrisonerExchangeRecorded" | "SourceAttached" | "SourceDetached" | "DevelopmentCorrected" | "DevelopmentRetracted" | "ActorRegistered" | "ActorBackingChanged" | "MilitaryStrikeRecorded" | "AirDefenceInterceptionRecorded" | "TerritorialChangeRecorded" | "SabotageRecorded" | "PersonnelChangeRecorded" | "ArmsSupplyDecisionRecorded" | "ThreatAssessmentRecorded" | "DemandsRecorded" | "DiplomaticMeetingRecorded" | "AccusationRecorded" | "ProposalRecorded" | "MemorandumRecorded" | "ReportedEventRecorded" | "CeasefireRecorded" | "AgreementRecorded" | "SanctionsRecorded" | "DiplomaticRelationsRecorded" | "BorderMeasureRecorded" | "DetentionRecorded" | "ArmedClashRecorded" | "AttackRecorded" | "HumanitarianRecorded" | "MediationRecorded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                    "application/x-ndjson": components["schemas"]["EventPageDto"];
                    /**
                     * @example position,event_id,type,schema_version,stream_id,stream_version,occurred_at,recorded_at,correlation_id,causation_id,publisher,source_url,data
                     *     2,3e9d1c52-7b6a-4f0e-9d8c-5a4b3c2d1e0f,TalksStarted,1,negotiation-track-russia-ukraine,2,2025-06-02T09:00:00.000Z,2025-06-05T08:00:00.000Z,istanbul-round-2,,Al-Ahram Weekly,,"{""trackId"":""russia-ukraine"",""round"":2,""startedAt"":""2025-06-02T09:00:00.000Z""}"
                     */
                    "text/csv": string;
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
    FollowEventsHttpController_follow: {
        parameters: {
            query?: {
                /** @description only events that concern this actor: every event of a track, development or actor that names it anywhere (speaker, person, target, party, mediator, side returned to, backer), its rounds, sources, corrections, retractions and backings included */
                actor?: string;
                /** @description where to start when no Last-Event-ID is sent; the head (only new events) unless given */
                after?: number;
                /** @description only what happened at or after this moment; a plain date is its start in UTC */
                from?: string;
                /** @description only the events of this stream */
                stream?: string;
                /** @description only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does) */
                to?: string;
                /** @description only events of this type */
                type?: "TalksScheduled" | "TalksStarted" | "TalksConcluded" | "TalksBrokenOff" | "TalksPostponed" | "TalksCancelled" | "StatementRecorded" | "PrisonerExchangeRecorded" | "SourceAttached" | "SourceDetached" | "DevelopmentCorrected" | "DevelopmentRetracted" | "ActorRegistered" | "ActorBackingChanged" | "MilitaryStrikeRecorded" | "AirDefenceInterceptionRecorded" | "TerritorialChangeRecorded" | "SabotageRecorded" | "PersonnelChangeRecorded" | "ArmsSupplyDecisionRecorded" | "ThreatAssessmentRecorded" | "DemandsRecorded" | "DiplomaticMeetingRecorded" | "AccusationRecorded" | "ProposalRecorded" | "MemorandumRecorded" | "ReportedEventRecorded" | "CeasefireRecorded" | "AgreementRecorded" | "SanctionsRecorded" | "DiplomaticRelationsRecorded" | "BorderMeasureRecorded" | "DetentionRecorded" | "ArmedClashRecorded" | "AttackRecorded" | "HumanitarianRecorded" | "MediationRecorded";
            };
            header: {
                "last-event-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one message per event: its position as `id`, its type as `event`, the event as in GET /api/v1/events as `data` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 2
                     *     event: TalksStarted
                     *     data: {"eventId":"3e9d1c52-7b6a-4f0e-9d8c-5a4b3c2d1e0f","type":"TalksStarted","schemaVersion":1,"streamId":"negotiation-track-russia-ukraine","streamVersion":2,"position":2,"occurredAt":"2025-06-02T09:00:00.000Z","recordedAt":"2025-06-05T08:00:00.000Z","data":{"trackId":"russia-ukraine","round":2,"startedAt":"2025-06-02T09:00:00.000Z"},"metadata":{"correlationId":"istanbul-round-2","writtenBy":"key:3f2a9c81d0e4","source":{"publisher":"Al-Ahram Weekly","publishedAt":"2025-06-05T00:00:00Z"}}}
                     */
                    "text/event-stream": string;
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
    GetNegotiationStatusHttpController_list: {
        parameters: {
            query?: {
                /** @description a party to the track, or a mediator of one of its rounds */
                actor?: string;
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description the `nextCursor` of the previous page: the trackId it ended with */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 100 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only those of this negotiation track */
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
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackListDto"];
                    /**
                     * @example track_id,phase,parties,mediators,status,rounds_held,last_round,last_round_city,last_round_host_country,last_round_started_at,last_round_ended_at,last_round_outcomes,next_round,next_round_status,next_round_scheduled_start,prisoner_exchanges,returned,last_development_at,position
                     *     russia-ukraine,active,RUS; UKR,TUR,concluded,1,2,Istanbul,TUR,2025-06-02T09:00:00.000Z,2025-06-02T10:00:00.000Z,prisoner_exchange_agreed; further_talks_agreed,,,,1,RUS:307; UKR:307,2025-06-02T10:00:00.000Z,4
                     */
                    "text/csv": string;
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
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
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
    GetTrackRoundsHttpController_list: {
        parameters: {
            query?: {
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description the `nextCursor` of the previous page: the round it ended with */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only rounds scheduled (as now scheduled) to start at or after this moment */
                from?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 100 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only rounds scheduled (as now scheduled) to start at or before this moment */
                to?: string;
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
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackRoundsDto"];
                    /**
                     * @example track_id,round,status,format,city,venue,host_country,mediators,scheduled_start,original_scheduled_start,postponements,started_at,ended_at,delay_minutes,duration_minutes,outcomes,reason,cancelled_at
                     *     russia-ukraine,2,concluded,in_person,Istanbul,Ciragan Palace,TUR,TUR,2025-06-02T07:00:00.000Z,2025-06-02T07:00:00.000Z,0,2025-06-02T09:00:00.000Z,2025-06-02T10:00:00.000Z,120,60,prisoner_exchange_agreed; further_talks_agreed,,
                     *     russia-ukraine,3,cancelled,in_person,Istanbul,Ciragan Palace,TUR,TUR,2025-07-24T16:00:00.000Z,2025-07-23T16:00:00.000Z,1,,,,,,called off,2025-07-23T09:00:00.000Z
                     */
                    "text/csv": string;
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
    BreakOffTalksHttpController_breakOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                round: number;
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakOffTalksRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
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
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description acted by this actor, or by this person (PUTIN); with via=true also by groups it backed, while it backed them */
                actor?: string;
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description true: only those reported by at least two independent publishers; false: only those not yet */
                confirmed?: "true" | "false";
                /** @description the `nextCursor` of the previous page */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only what happened at or after this moment; a plain date is its start in UTC */
                from?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 100 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only those one of whose sources this publisher is, spelled as recorded */
                publisher?: string;
                /** @description full-text search of summaries, quotes, speakers, places, details and sources (publisher, URL, title), as a search box takes it: all the words, "a phrase", -excluded, `or` between two; words are matched whole and unstemmed */
                q?: string;
                /** @description only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does) */
                to?: string;
                /** @description only those of this negotiation track */
                trackId?: string;
                /** @description with `actor`: true adds the acts of groups the actor backed (M23 for RWA), dated within the backing */
                via?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeLedgerDto"];
                    /**
                     * @example event_id,event_date,occurred_at,date_precision,kind,stage,actor1,assoc_actor1,actor2,persons,location,country,latitude,longitude,fatalities,cameo_code,quad_class,goldstein,summary,sources,source_urls,confirmed,notes,track_id,recorded_at,position,category,returned,mediators
                     *     9a1b2c3d-4e5f-5a6b-8c7d-0e1f2a3b4c5d,2025-05-24,2025-05-24T12:00:00.000Z,,prisoner_exchange,,RUS,,UKR,,,,,,,0841,2,7,,Al-Ahram Weekly,,false,,russia-ukraine,,4,pow,RUS:307; UKR:307,
                     */
                    "text/csv": string;
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPrisonerExchangeRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description acted by this actor, or by this person (PUTIN); with via=true also by groups it backed, while it backed them */
                actor?: string;
                /** @description only developments that had occurred by then: the world as it was */
                asOf?: string;
                /** @description true: only those reported by at least two independent publishers; false: only those not yet */
                confirmed?: "true" | "false";
                /** @description the `nextCursor` of the previous page */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description only what happened at or after this moment; a plain date is its start in UTC */
                from?: string;
                /** @description only what Parley had recorded by then: what it knew */
                knownAt?: string;
                /** @description at most this many, 100 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description only those one of whose sources this publisher is, spelled as recorded */
                publisher?: string;
                /** @description full-text search of summaries, quotes, speakers, places, details and sources (publisher, URL, title), as a search box takes it: all the words, "a phrase", -excluded, `or` between two; words are matched whole and unstemmed */
                q?: string;
                /** @description addressed to this actor */
                target?: string;
                /** @description only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does) */
                to?: string;
                /** @description only those of this negotiation track */
                trackId?: string;
                /** @description with `actor`: true adds the acts of groups the actor backed (M23 for RWA), dated within the backing */
                via?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementListDto"];
                    /**
                     * @example event_id,event_date,occurred_at,date_precision,kind,stage,actor1,assoc_actor1,actor2,persons,location,country,latitude,longitude,fatalities,cameo_code,quad_class,goldstein,summary,sources,source_urls,confirmed,notes,track_id,recorded_at,position,speaker,role,channel,stance
                     *     5f0c2a9e-8d4b-5f7a-9c1e-2b3d4e5f6a7b,2025-05-27,2025-05-27T18:00:00.000Z,,statement,,USA,,RUS,TRUMP,,,,,,130,3,-4.4,"What Vladimir Putin doesn’t realise is that if it weren’t for me, lots of really bad things would have already happened to Russia",Al-Ahram Weekly,,false,,,2025-06-05T08:00:00.000Z,5,Donald Trump,President,Truth Social,hostile
                     */
                    "text/csv": string;
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
            header?: {
                /** @description a repeat with the same body answers the first answer and stores nothing; another body under it is a 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordStatementRequestDto"];
            };
        };
        responses: {
            /** @description the write was stored, or had been: a repeated Idempotency-Key gets the first answer again */
            201: {
                headers: {
                    /** @description true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored */
                    "Idempotent-Replayed"?: "true";
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
            /** @description the body is not JSON (its Content-Type is not application/json) */
            415: {
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
                /** @description the actors of a conflict, comma-separated: only developments between two of them count; everyone unless given */
                actors?: string;
                /** @description the moment the index is read at, decay measured to it, from the developments that had occurred by then; `knownAt`, else now, unless given */
                asOf?: string;
                /** @description only what Parley had recorded by then; without asOf, also the moment the index is read at */
                knownAt?: string;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
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
                    "application/json": components["schemas"]["TensionOverviewDto"];
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
    ReadTensionHttpController_dyad: {
        parameters: {
            query?: {
                /** @description the moment the index is read at, decay measured to it, from the developments that had occurred by then; `knownAt`, else now, unless given */
                asOf?: string;
                /** @description one direction only: what this actor of the dyad did to the other */
                from?: string;
                /** @description only what Parley had recorded by then; without asOf, also the moment the index is read at */
                knownAt?: string;
                /** @description at most this many contributions, largest first, 20 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description two actor codes joined by a hyphen, either way round */
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
                content: {
                    "application/json": components["schemas"]["DyadTensionDto"];
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
    ReadTensionHttpController_history: {
        parameters: {
            query?: {
                /** @description the moment the index is read at, decay measured to it, from the developments that had occurred by then; `knownAt`, else now, unless given */
                asOf?: string;
                /** @description the `nextCursor` of the previous page: the instant of its last reading */
                cursor?: string;
                /**
                 * @description csv: the rows as text/csv (docs/export.md), as `Accept: text/csv` asks; json unless given
                 * @example csv
                 */
                format?: "json" | "csv";
                /** @description the first reading; 90 days before `to` unless given */
                from?: string;
                /** @description a reading every day, week or month */
                interval?: "day" | "week" | "month";
                /** @description only what Parley had recorded by then; without asOf, also the moment the index is read at */
                knownAt?: string;
                /** @description at most this many readings, 1000 unless given */
                limit?: number;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description the last reading; the moment the index is read at unless given */
                to?: string;
            };
            header?: never;
            path: {
                /** @description two actor codes joined by a hyphen, either way round */
                dyad: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description in CSV, the next page: this request with cursor set; absent on the last page */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TensionHistoryDto"];
                    /**
                     * @example dyad,interval,at,value,conflict,cooperation
                     *     RUS-UKR,day,2025-05-30T00:00:00.000Z,32.09,17.47,11.97
                     *     RUS-UKR,day,2025-05-31T00:00:00.000Z,35.82,21.51,13.53
                     *     RUS-UKR,day,2025-06-01T00:00:00.000Z,35.08,20.47,12.88
                     *     RUS-UKR,day,2025-06-02T00:00:00.000Z,55.69,46.83,12.26
                     */
                    "text/csv": string;
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
    ReadTensionHttpController_trend: {
        parameters: {
            query: {
                /** @description the moment the index is read at, decay measured to it, from the developments that had occurred by then; `knownAt`, else now, unless given */
                asOf?: string;
                /** @description only what Parley had recorded by then; without asOf, also the moment the index is read at */
                knownAt?: string;
                /** @description the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it */
                minPosition?: number;
                /** @description the month whose mean reading is compared with the month before */
                month: string;
            };
            header?: never;
            path: {
                /** @description two actor codes joined by a hyphen, either way round */
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
                content: {
                    "application/json": components["schemas"]["TensionTrendDto"];
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
    HealthHttpController_live: {
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
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description a part the service needs is down: `details` says which, and what its check found */
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
                    /**
                     * @example # HELP parley_projector_messages_total Kafka messages the projector handled, by outcome (applied, dead_letter)
                     *     # TYPE parley_projector_messages_total counter
                     *     parley_projector_messages_total{outcome="applied"} 30
                     *     parley_projector_messages_total{outcome="dead_letter"} 0
                     *     # HELP parley_projector_lag_events Events in the log a read model has not yet applied, by projection
                     *     # TYPE parley_projector_lag_events gauge
                     *     parley_projector_lag_events{projection="negotiation-status"} 0
                     *     # HELP parley_kafka_consumer_state The state of a Kafka consumer: 1 for the state it is in, 0 for the others
                     *     # TYPE parley_kafka_consumer_state gauge
                     *     parley_kafka_consumer_state{group="parley-projector",state="joined"} 1
                     *     parley_kafka_consumer_state{group="parley-projector",state="crashed"} 0
                     */
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
        };
    };
}
