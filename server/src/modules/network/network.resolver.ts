import { Args, Mutation, Query, Resolver, Extensions } from '@nestjs/graphql';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { ANALYTICS_FIELD } from '../../common/graphql/limits.plugin.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { NetworkInput } from './models/network-input.model.js';
import { ImportReport, NetworkStats } from './models/network-stats.model.js';
import { NetworkService } from './network.service.js';

@Resolver()
export class NetworkResolver {
  constructor(private readonly network: NetworkService) {}

  @Mutation(() => ImportReport, {
    description:
      'Writes the whole input in ONE transaction: all of it or none of it. Initiatives and actors are upserted by id; relations are unique per key, so a repeated import changes nothing. Invalid input is a BAD_USER_INPUT error listing every problem with its path. Records one change set (operation IMPORT_NETWORK) with the rows that changed. Needs the editor role.',
  })
  @RequireRole('editor')
  async importNetwork(
    @Args('input', { type: () => NetworkInput }) input: NetworkInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ImportReport> {
    return this.network.importNetwork(input, { who: writerName(principal), operation: 'IMPORT_NETWORK' });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => NetworkStats, { description: 'Counts, and the components and isolates of the tie graph T.' })
  async networkStats(): Promise<NetworkStats> {
    return this.network.stats();
  }
}
